"""Typesets a fixture source text (one paragraph per line) with pango into a
PDF through cairo (CID-keyed CJK fonts), with a running header, a repeated
footer notice and "- N -" page numbers on every page; or, in mode "image",
wraps a PNG into an image-only PDF (a scan without a text layer)."""
import sys

import cairo
import gi

gi.require_version("Pango", "1.0")
gi.require_version("PangoCairo", "1.0")
from gi.repository import Pango, PangoCairo  # noqa: E402

src, dst, mode = sys.argv[1], sys.argv[2], sys.argv[3]

if mode == "image":
    img = cairo.ImageSurface.create_from_png(src)
    w, h = img.get_width() * 72 / 150, img.get_height() * 72 / 150
    s = cairo.PDFSurface(dst, w, h)
    c = cairo.Context(s)
    c.scale(72 / 150, 72 / 150)
    c.set_source_surface(img, 0, 0)
    c.paint()
    s.finish()
    sys.exit(0)

W, H, size = (298, 420, 13) if mode == "a6" else (595, 842, 14)
M = 36 if mode == "a6" else 72
paras = [l.strip() for l in open(src, encoding="utf-8") if l.strip()]
surf = cairo.PDFSurface(dst, W, H)
ctx = cairo.Context(surf)


def layout(text, pt, indent=True, bold=False, center=False, width=W - 2 * M):
    lay = PangoCairo.create_layout(ctx)
    fd = Pango.FontDescription("Noto Serif CJK SC %s%d" % ("Bold " if bold else "", pt))
    lay.set_font_description(fd)
    lay.set_width(int(width * Pango.SCALE))
    lay.set_wrap(Pango.WrapMode.WORD_CHAR)
    lay.set_justify(not center)
    if center:
        lay.set_alignment(Pango.Alignment.CENTER)
    if indent:
        lay.set_indent(int(2 * pt * Pango.SCALE))
    lay.set_spacing(int(pt * 0.6 * Pango.SCALE))
    lay.set_text(text, -1)
    return lay


page = [1]


def furniture():
    h = layout("松溪镇工作资料汇编（内部）", 8, indent=False, center=True)
    ctx.move_to(M, 14)
    PangoCairo.show_layout(ctx, h)
    f = layout("- %d -" % page[0], 9, indent=False, center=True)
    ctx.move_to(M, H - 24)
    PangoCairo.show_layout(ctx, f)
    n = layout("内部资料 注意保存", 7, indent=False)
    ctx.move_to(W - M - 70, H - 24)
    PangoCairo.show_layout(ctx, n)


furniture()
y = M
for i, p in enumerate(paras):
    head = p[:1] in "一二三四五六七八九十" and "、" in p[:4]
    title = i == 0 or p.endswith("工作总结") or p.startswith("关于") or p.endswith("述职报告")
    lay = layout(p, size + 4 if title else size, indent=not (head or title), bold=head, center=title)
    it = lay.get_iter()
    while True:
        line = it.get_line_readonly()
        ink, logical = it.get_line_extents()
        lh = logical.height / Pango.SCALE
        if y + lh > H - M:
            ctx.show_page()
            page[0] += 1
            furniture()
            y = M
        base = it.get_baseline() / Pango.SCALE - logical.y / Pango.SCALE
        ctx.move_to(M + logical.x / Pango.SCALE, y + base)
        PangoCairo.show_layout_line(ctx, line)
        y += lh + size * 0.6
        if not it.next_line():
            break
    y += size * 0.4
surf.finish()
print(dst, page[0], "pages", file=sys.stderr)
