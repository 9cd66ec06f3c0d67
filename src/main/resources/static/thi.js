/* Contest pages: ticks [data-left] countdowns; the sheet autosaves on change (its fields and CSRF
   token) and is submitted at time up. Without JS: plain forms; the server closes late attempts. */
(function () {
  var f = document.getElementById('sheet'), st = document.getElementById('status');
  var done = false, busy = false, dirty = false;
  function p(n) { return (n < 10 ? '0' : '') + n; }
  function show(s, el) {
    var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), c = p(Math.floor(s % 3600 / 60)) + ':' + p(s % 60);
    el.textContent = (d ? d + ' ' + el.getAttribute('data-days') + ' ' : '') + (d || h ? p(h) + ':' : '') + c;
  }
  function submit() {
    if (done || !f) { return; }
    done = true; f.action = f.getAttribute('data-submit'); f.submit();
  }
  [].forEach.call(document.querySelectorAll('[data-left]'), function (el) {
    var end = Date.now() + Number(el.getAttribute('data-left')) * 1000;
    function tick() {
      var s = Math.max(0, Math.round((end - Date.now()) / 1000));
      show(s, el);
      if (s === 0 && el.id === 'left') { submit(); }
    }
    tick(); setInterval(tick, 1000);
  });
  if (!f || !window.fetch || !window.FormData) { return; }
  function save() {
    if (busy || !dirty || done) { return; }
    busy = true; dirty = false;
    fetch(f.action, { method: 'POST', credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' },
      body: new URLSearchParams(new FormData(f)) }).then(function (r) {
      if (r.status === 409) { done = true; location.href = f.getAttribute('data-result'); return; }
      if (!r.ok) { dirty = true; }
      st.textContent = f.getAttribute(r.ok ? 'data-saved' : 'data-failed');
    }, function () { dirty = true; st.textContent = f.getAttribute('data-failed'); }).then(function () { busy = false; });
  }
  f.addEventListener('change', function () { dirty = true; save(); });
  f.addEventListener('input', function () { dirty = true; });
  f.addEventListener('submit', function () { done = true; });
  setInterval(save, 30000);
}());
