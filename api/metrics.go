package api

import (
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the Prometheus series the server exports at /metrics. Each
// Server has its own registry, so several servers (tests) can coexist.
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	documents *prometheus.CounterVec
	failures  *prometheus.CounterVec
	stages    *prometheus.HistogramVec
	inflight  prometheus.Gauge
	rejected  prometheus.Counter
	docBytes  prometheus.Histogram
}

func newMetrics(busy func() int) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "huibao_http_requests_total", Help: "HTTP requests by method, route and status.",
	}, []string{"method", "route", "status"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "huibao_http_request_duration_seconds", Help: "HTTP request latency by method and route.",
		Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120},
	}, []string{"method", "route"})
	m.documents = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "huibao_documents_processed_total", Help: "Documents run through the pipeline, by detected format and outcome (ok, error).",
	}, []string{"format", "outcome"})
	m.failures = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "huibao_failures_total", Help: "Failed documents and refused requests, by error code.",
	}, []string{"code"})
	m.stages = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "huibao_pipeline_stage_duration_seconds", Help: "Time per pipeline stage: queue (waiting for a worker), the pipeline's own stages, analyze (the whole pipeline), store.",
		Buckets: []float64{.0005, .001, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120},
	}, []string{"stage"})
	m.inflight = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "huibao_documents_in_flight", Help: "Documents being processed now.",
	})
	m.rejected = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "huibao_busy_rejections_total", Help: "Requests refused with 503 busy because the worker pool was saturated.",
	})
	m.docBytes = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "huibao_document_bytes", Help: "Size of uploaded documents.",
		Buckets: prometheus.ExponentialBuckets(1<<10, 4, 10),
	})
	m.reg.MustRegister(m.requests, m.latency, m.documents, m.failures, m.stages, m.inflight, m.rejected, m.docBytes,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "huibao_workers_busy", Help: "Worker slots in use."},
			func() float64 { return float64(busy()) }),
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// middleware counts every request by its route template (never the raw
// path or query, which may carry user text).
func (m *metrics) middleware(c *gin.Context) {
	start := time.Now()
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	m.requests.WithLabelValues(c.Request.Method, route, strconv.Itoa(c.Writer.Status())).Inc()
	m.latency.WithLabelValues(c.Request.Method, route).Observe(time.Since(start).Seconds())
}

func (m *metrics) handler() gin.HandlerFunc {
	h := promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
	return gin.WrapH(h)
}

// stage records one stage duration.
func (m *metrics) stage(name string, d time.Duration) {
	m.stages.WithLabelValues(name).Observe(d.Seconds())
}
