// huibao web pages: drag-and-drop upload with a progress indicator,
// sortable tables and delete confirmation. Loaded as an external file:
// the Content-Security-Policy allows no inline script.
(function () {
  "use strict";

  function initUpload() {
    var form = document.getElementById("upload-form");
    if (!form) return;
    var input = document.getElementById("file");
    var drop = document.getElementById("drop");
    var list = document.getElementById("file-list");
    var progress = document.getElementById("progress");
    var bar = document.getElementById("progress-bar");
    var text = document.getElementById("progress-text");
    var submit = document.getElementById("submit");

    function showFiles() {
      list.textContent = "";
      for (var i = 0; i < input.files.length; i++) {
        var li = document.createElement("li");
        var f = input.files[i];
        li.textContent = f.name + "（" + Math.max(1, Math.round(f.size / 1024)) + " KB）";
        list.appendChild(li);
      }
    }
    input.addEventListener("change", showFiles);
    ["dragenter", "dragover"].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        showFiles();
      }
    });

    form.addEventListener("submit", function (e) {
      if (!window.XMLHttpRequest || !window.FormData || !window.DOMParser) return; // plain form post
      e.preventDefault();
      if (!input.files.length) return;
      var total = 0;
      for (var i = 0; i < input.files.length; i++) total += input.files[i].size;
      var limit = parseInt(form.getAttribute("data-max-upload"), 10);
      if (limit && total > limit) {
        alert("所选文件合计超过 " + form.getAttribute("data-max-text") + " 的上限，请分批上传。");
        return;
      }
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      progress.hidden = false;
      submit.disabled = true;
      bar.value = 0;
      text.textContent = "正在上传…";
      xhr.upload.addEventListener("progress", function (ev) {
        if (ev.lengthComputable) {
          bar.value = Math.round(ev.loaded * 100 / ev.total);
          text.textContent = "正在上传… " + bar.value + "%";
        }
      });
      xhr.upload.addEventListener("load", function () {
        bar.removeAttribute("value"); // indeterminate while the server works
        text.textContent = "上传完成，正在分析与脱敏…";
      });
      xhr.addEventListener("load", function () {
        var url = xhr.responseURL ? new URL(xhr.responseURL) : null;
        if (url && url.pathname !== "/upload") {
          window.location.assign(url.pathname + url.search); // the stored report's page
          return;
        }
        replacePage(xhr.responseText);
      });
      xhr.addEventListener("error", function () {
        submit.disabled = false;
        progress.hidden = true;
        alert("上传失败，请检查网络后重试。");
      });
      xhr.send(new FormData(form));
    });
  }

  // replacePage shows a server-rendered page received by XHR; scripts in
  // it do not run, so the page is initialised here.
  function replacePage(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    document.title = doc.title;
    document.body.replaceWith(document.adoptNode(doc.body));
    init();
  }

  function initSortable() {
    var tables = document.querySelectorAll("table.sortable");
    Array.prototype.forEach.call(tables, function (table) {
      var heads = table.querySelectorAll("th[data-sort]");
      Array.prototype.forEach.call(heads, function (th, col) {
        th.addEventListener("click", function () {
          var asc = !th.classList.contains("asc");
          Array.prototype.forEach.call(heads, function (h) { h.classList.remove("asc", "desc"); });
          th.classList.add(asc ? "asc" : "desc");
          var numeric = th.getAttribute("data-sort") === "number";
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
            var r;
            if (numeric) {
              if (isNaN(x) && isNaN(y)) r = 0;
              else if (isNaN(x)) r = 1; // masked values last
              else if (isNaN(y)) r = -1;
              else r = x - y;
            } else {
              r = x.localeCompare(y, "zh-CN");
            }
            return asc ? r : -r;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  function key(cell, numeric) {
    var v = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
    if (!numeric) return v;
    return v === "" ? NaN : parseFloat(v);
  }

  function initConfirm() {
    var forms = document.querySelectorAll("form.confirm");
    Array.prototype.forEach.call(forms, function (f) {
      f.addEventListener("submit", function (e) {
        if (!window.confirm(f.getAttribute("data-confirm"))) e.preventDefault();
      });
    });
  }

  function init() {
    initUpload();
    initSortable();
    initConfirm();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
