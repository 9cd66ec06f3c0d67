// Live preview of a lesson's Markdown on the authoring form: the server renders and sanitises it
// (the same code as the "Xem trước" button, which works without this script).
(function () {
  var body = document.querySelector('textarea[data-preview-url]');
  var box = document.getElementById('preview');
  if (!body || !box || !window.fetch) { return; }
  var out = box.querySelector('.author-preview-body');
  var token = body.form.querySelector('input[name=csrfToken]').value;
  var timer = null;
  function render() {
    var data = new URLSearchParams();
    data.set('csrfToken', token);
    data.set('body', body.value);
    fetch(body.getAttribute('data-preview-url'), { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        out.innerHTML = html;
        box.hidden = false;
      })
      .catch(function () { /* the preview button still works */ });
  }
  body.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(render, 600);
  });
}());
