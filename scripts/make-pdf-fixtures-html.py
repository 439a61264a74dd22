"""Writes an HTML page for Chromium's print-to-PDF from a fixture source text
(one paragraph per line): centred title, bold headings, 2em first-line
indent, justified body. Mode "runin" prints a （一） heading and the body
paragraph after it on the same line, as many reports do."""
import html
import re
import sys

src, font, mode = sys.argv[1], sys.argv[2], sys.argv[3]
paras = [l.strip() for l in open(src, encoding="utf-8") if l.strip()]
head = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
out = ["<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s</title><style>" % html.escape(paras[0]),
       "body{font-family:'%s';font-size:19px;line-height:1.9;margin:0 20px}" % font,
       "h1{font-size:22px;text-align:center;font-weight:normal;margin:0 0 16px}",
       "p{margin:0;text-indent:2em;text-align:justify}",
       "p.h{text-indent:0;font-weight:bold} p.h2{text-indent:2em;font-weight:bold}",
       "</style></head><body>", "<h1>%s</h1>" % html.escape(paras[0])]
i = 1
while i < len(paras):
    p = paras[i]
    m = head.match(p)
    if m and p.startswith("（") and mode == "runin" and i + 1 < len(paras) and not head.match(paras[i + 1]):
        out.append("<p><b>%s</b>%s</p>" % (html.escape(p), html.escape(paras[i + 1])))
        i += 2
        continue
    if m:
        out.append("<p class='%s'>%s</p>" % ("h" if p[0] != "（" else "h2", html.escape(p)))
    else:
        out.append("<p>%s</p>" % html.escape(p))
    i += 1
out.append("</body></html>")
print("\n".join(out))
