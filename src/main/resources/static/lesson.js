/* The lesson player with JavaScript: posts the learner's progress (seconds spent, media position)
   every 15 s while the page is visible and once more when the video or audio ends, to the lesson's
   JSON endpoint with the page's CSRF token in a header; resumes the media where it was left.
   Without JavaScript the page offers "Đánh dấu đã học" instead. */
(function () {
  var player = document.getElementById('player');
  var url = player && player.getAttribute('data-progress');
  if (!url || !window.fetch) { return; }
  var token = player.getAttribute('data-csrf');
  var status = document.getElementById('media-status');
  var last = Date.now();
  var finished = false;

  function send(ended) {
    var now = Date.now();
    var seconds = Math.round((now - last) / 1000);
    last = now;
    var body = {
      seconds: seconds,
      position: Math.floor(player.currentTime || 0),
      duration: isFinite(player.duration) ? Math.floor(player.duration) : null,
      ended: ended
    };
    fetch(url, {
      method: 'POST', credentials: 'same-origin', keepalive: true,
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
      body: JSON.stringify(body)
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (state) {
      if (state && state.done && status && !finished) {
        finished = true;
        status.textContent = '✓ ' + status.getAttribute('data-done');
      }
    }, function () { /* the next beat retries; nothing is lost but a few seconds */ });
  }

  var start = Number(player.getAttribute('data-position'));
  if (start > 0) {
    player.addEventListener('loadedmetadata', function () {
      if (start < player.duration - 5) { player.currentTime = start; }
    }, { once: true });
  }
  player.addEventListener('ended', function () { send(true); });
  setInterval(function () {
    if (document.visibilityState === 'visible') { send(false); } else { last = Date.now(); }
  }, 15000);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { send(false); } else { last = Date.now(); }
  });
}());
