// Command load is huibao's load benchmark: N concurrent clients upload one
// file to a running server for a fixed time, and it reports status counts,
// latency percentiles, throughput and the server's peak RSS. It fails (exit
// 1) on any 5xx other than 503 busy, or on transport errors. Run it through
// bench/load.sh, which builds the server, makes a 1 MB PDF and starts it.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	url := flag.String("url", "http://127.0.0.1:8080/api/v1/analyze", "endpoint to POST the file to (multipart field \"file\")")
	file := flag.String("file", "", "file to upload")
	clients := flag.Int("clients", 50, "concurrent clients")
	dur := flag.Duration("duration", 60*time.Second, "how long to run")
	pid := flag.Int("pid", 0, "server process id, to sample its memory from /proc")
	backoff := flag.Duration("backoff", 500*time.Millisecond, "how long a client waits after 503 busy before retrying")
	flag.Parse()
	if *file == "" {
		fmt.Fprintln(os.Stderr, "load: -file is required")
		os.Exit(2)
	}
	data, err := os.ReadFile(*file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(2)
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", filepath.Base(*file))
	fw.Write(data)
	mw.Close()
	payload, ctype := body.Bytes(), mw.FormDataContentType()

	ctx, cancel := context.WithTimeout(context.Background(), *dur)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *clients}, Timeout: 5 * time.Minute}

	type sample struct {
		status int
		d      time.Duration
	}
	var mu sync.Mutex
	var samples []sample
	var transportErrs int
	var peakRSS, peakHWM int64
	stopSampling := make(chan struct{})
	var wgS sync.WaitGroup
	if *pid > 0 {
		wgS.Add(1)
		go func() {
			defer wgS.Done()
			t := time.NewTicker(200 * time.Millisecond)
			defer t.Stop()
			for {
				rss, hwm := procMem(*pid)
				mu.Lock()
				peakRSS, peakHWM = max(peakRSS, rss), max(peakHWM, hwm)
				mu.Unlock()
				select {
				case <-t.C:
				case <-stopSampling:
					return
				}
			}
		}()
	}

	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < *clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				req, _ := http.NewRequest(http.MethodPost, *url, bytes.NewReader(payload))
				req.Header.Set("Content-Type", ctype)
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					mu.Lock()
					transportErrs++
					mu.Unlock()
					time.Sleep(100 * time.Millisecond)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				d := time.Since(t0)
				mu.Lock()
				samples = append(samples, sample{resp.StatusCode, d})
				mu.Unlock()
				if resp.StatusCode == http.StatusServiceUnavailable {
					select {
					case <-time.After(*backoff):
					case <-ctx.Done():
					}
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(stopSampling)
	wgS.Wait()

	byStatus := map[int]int{}
	var ok, all []time.Duration
	for _, s := range samples {
		byStatus[s.status]++
		all = append(all, s.d)
		if s.status == http.StatusOK {
			ok = append(ok, s.d)
		}
	}
	var codes []string
	bad := transportErrs
	for code, n := range byStatus {
		codes = append(codes, fmt.Sprintf("%d×%d", code, n))
		if code >= 500 && code != http.StatusServiceUnavailable {
			bad += n
		}
	}
	sort.Strings(codes)
	fmt.Printf("file            %s (%d bytes)\n", filepath.Base(*file), len(data))
	fmt.Printf("clients         %d for %s\n", *clients, elapsed.Round(time.Millisecond))
	fmt.Printf("responses       %d (%s), transport errors %d\n", len(samples), strings.Join(codes, ", "), transportErrs)
	fmt.Printf("processed       %.2f documents/s\n", float64(len(ok))/elapsed.Seconds())
	fmt.Printf("latency 200     p50 %s  p95 %s  p99 %s  max %s\n", pct(ok, 50), pct(ok, 95), pct(ok, 99), pct(ok, 100))
	fmt.Printf("latency all     p50 %s  p95 %s\n", pct(all, 50), pct(all, 95))
	if *pid > 0 {
		fmt.Printf("server RSS      peak sampled %d MB, VmHWM %d MB\n", peakRSS>>20, peakHWM>>20)
	}
	if bad > 0 {
		fmt.Printf("FAIL: %d responses were 5xx other than 503 busy, or transport errors\n", bad)
		os.Exit(1)
	}
	fmt.Println("PASS: no 5xx other than 503 busy")
}

func pct(ds []time.Duration, p int) string {
	if len(ds) == 0 {
		return "-"
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	i = min(max(i-1, 0), len(s)-1)
	return s[i].Round(time.Millisecond).String()
}

// procMem reads VmRSS and VmHWM (peak RSS) of a process, in bytes.
func procMem(pid int) (rss, hwm int64) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		n, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			rss = n << 10
		case "VmHWM:":
			hwm = n << 10
		}
	}
	return rss, hwm
}
