// The round list: "select all" ticks every record shown that can be decided.
document.addEventListener('DOMContentLoaded', () => {
  const all = document.getElementById('select-all');
  if (!all) {
    return;
  }
  all.addEventListener('change', () => {
    document.querySelectorAll('input.select-record').forEach((box) => { box.checked = all.checked; });
  });
});
