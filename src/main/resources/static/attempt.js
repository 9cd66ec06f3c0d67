/* The attempt page with JavaScript: counts down to the server's deadline, autosaves every 30 s and
   on change (same form fields and CSRF token as the plain form), submits when time is up.
   Without JavaScript the page is a plain form with "Lưu" and "Nộp bài". */
(function () {
  var form = document.getElementById('attempt');
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var box = document.getElementById('timer');
  var left = document.getElementById('left');
  var status = document.getElementById('autosave-status');
  var end = box ? Date.now() + Number(box.getAttribute('data-left')) * 1000 : null;
  var dirty = false, busy = false, done = false;

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function submit() {
    var a = document.createElement('input');
    a.type = 'hidden'; a.name = 'action'; a.value = 'submit';
    form.appendChild(a);
    form.submit();
  }

  function tick() {
    var s = Math.max(0, Math.round((end - Date.now()) / 1000));
    var h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60);
    left.textContent = (h ? h + ':' + pad(m) : m) + ':' + pad(s % 60);
    if (s <= 60) { box.className = 'timer urgent'; }
    if (s === 0 && !done) { done = true; submit(); }
  }

  function save() {
    if (busy || !dirty || done) { return; }
    busy = true; dirty = false;
    fetch(form.getAttribute('data-autosave'), {
      method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form))
    }).then(function (r) {
      if (r.status === 409) { done = true; location.href = form.getAttribute('action'); return; }
      if (!r.ok) { dirty = true; }
      status.textContent = r.ok ? form.getAttribute('data-saved') + ' ' + new Date().toLocaleTimeString()
        : form.getAttribute('data-failed');
    }, function () {
      dirty = true;
      status.textContent = form.getAttribute('data-failed');
    }).then(function () { busy = false; });
  }

  form.addEventListener('change', function () { dirty = true; save(); });
  form.addEventListener('input', function () { dirty = true; });
  form.addEventListener('submit', function () { done = true; });
  setInterval(save, 30000);
  if (end !== null) { tick(); setInterval(tick, 1000); }
}());
