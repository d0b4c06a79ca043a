// The complaint form of a public announcement page (cn.capacityexit.publication.AnnouncementController):
// posts the report as JSON to /api/public/complaints and shows the answer.
document.getElementById('complaint').addEventListener('submit', function (e) {
  e.preventDefault();
  var f = e.target;
  var d = {announcement: f.announcement.value, content: f.content.value, location: f.location.value, contact: f.contact.value};
  fetch('/api/public/complaints', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(d)})
    .then(function (r) {
      return r.json().then(function (b) {
        document.getElementById('result').textContent =
          r.ok ? ('已受理，编号' + b.complaintId) : (b.errors ? b.errors.map(function (x) { return x.reason; }).join('；') : b.message);
        if (r.ok) {
          f.reset();
        }
      });
    });
});
