// htmx requests carry the CSRF token that the page was rendered with.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// On narrow screens tables show one block per row: each cell is headed by its column's name, read from the
// table's header. A template may set data-label itself (also to "" for a cell that needs no heading).
function labelTableCells(root) {
    root.querySelectorAll('table').forEach(function (table) {
        var headers = table.querySelectorAll(':scope > thead > tr:first-child > th');
        if (headers.length === 0) {
            return;
        }
        table.querySelectorAll(':scope > tbody > tr').forEach(function (row) {
            var column = 0;
            Array.prototype.forEach.call(row.children, function (cell) {
                var header = headers[column];
                if (header && !cell.hasAttribute('data-label') && cell.colSpan === 1) {
                    cell.setAttribute('data-label', header.textContent.trim());
                }
                column += cell.colSpan || 1;
            });
        });
    });
}

// What the page says after an htmx swap goes to one polite live region, created once per page.
function announce(text) {
    var region = document.getElementById('announcer');
    if (!region) {
        region = document.createElement('div');
        region.id = 'announcer';
        region.className = 'visually-hidden';
        region.setAttribute('aria-live', 'polite');
        region.setAttribute('role', 'status');
        document.body.appendChild(region);
    }
    region.textContent = '';
    // a fresh text node after a tick is what screen readers notice as a change
    window.setTimeout(function () { region.textContent = text; }, 50);
}

// When a swap removed the element that had focus, focus would fall to <body> and the next Tab would start the
// page over. Focus goes instead to the first field in error, else to the element the template marked with
// data-focus-after-swap, else to the swapped content itself; and its text is announced.
var focusWasInSwap = false;
var swappedId = null;
document.addEventListener('htmx:beforeSwap', function (event) {
    var active = document.activeElement;
    var target = event.detail.target;
    focusWasInSwap = !!(active && active !== document.body && target && (target === active || target.contains(active)));
    swappedId = target ? target.id : null;
});
document.addEventListener('htmx:afterSettle', function (event) {
    labelTableCells(document);
    var active = document.activeElement;
    var lost = !active || active === document.body || !active.isConnected;
    if (!focusWasInSwap || !lost) {
        return;
    }
    focusWasInSwap = false;
    // after an outerHTML swap the old target is gone: its replacement carries the same id
    var scope = (swappedId && document.getElementById(swappedId))
        || (event.target instanceof Element && event.target.isConnected ? event.target : null)
        || document.getElementById('content') || document.body;
    var invalid = scope.querySelector('[aria-invalid="true"]');
    if (invalid) {
        invalid.focus();
        var error = invalid.getAttribute('aria-describedby');
        var message = error && document.getElementById(error);
        announce(message ? message.textContent.trim() : '');
        return;
    }
    var next = scope.querySelector('[data-focus-after-swap]') || scope;
    if (!next.hasAttribute('tabindex') && !next.matches('a[href], button, input, select, textarea')) {
        next.setAttribute('tabindex', '-1');
    }
    next.focus();
    announce(next.textContent.replace(/\s+/g, ' ').trim());
});

// A page that comes back with errors after a plain (not htmx) post starts with focus on the first field in error, as
// after a swap: the next key press fixes it, and a screen reader reads its message with it (aria-describedby).
document.addEventListener('DOMContentLoaded', function () {
    labelTableCells(document);
    var invalid = document.querySelector('main [aria-invalid="true"]');
    if (invalid) {
        invalid.focus();
    }
});
