/* Peerdesk pages: the few things that need a script (the pages work without it). */
// Marks that scripts run: only then does the phone header fold its links behind the menu button.
document.documentElement.classList.add('js');

document.addEventListener('DOMContentLoaded', function () {
    var header = document.getElementById('topbar');
    var button = document.getElementById('menu-button');
    if (!header || !button) {
        return;
    }
    function show(open) {
        header.classList.toggle('menu-open', open);
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        // in the open menu the Staff links and the account's links show in place
        header.querySelectorAll('.nav-more, .account-details').forEach(function (d) { d.open = open; });
    }
    button.addEventListener('click', function () {
        show(!header.classList.contains('menu-open'));
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        if (header.classList.contains('menu-open')) {
            show(false);
            button.focus();
        }
        // Escape closes an open pop-up of the header (Staff, account, notifications) as well
        header.querySelectorAll('details[open]').forEach(function (d) { d.open = false; });
    });
    // a click elsewhere closes the header's pop-ups, as menus do
    document.addEventListener('click', function (event) {
        if (header.classList.contains('menu-open')) {
            return;
        }
        header.querySelectorAll('details[open]').forEach(function (d) {
            if (!d.contains(event.target)) {
                d.open = false;
            }
        });
    });
});
