<?php
// Runs Question2Answer's own recalculations (what its admin "Stats" page runs by Ajax) from the
// command line after seed-q2a.sh: the search word index, tags, and user points.
// Usage: php q2a-recalc.php /path/to/q2a [operation…]
$_SERVER['REQUEST_METHOD'] = 'GET';
require $argv[1] . '/qa-include/qa-base.php';
require_once QA_INCLUDE_DIR . 'app/recalc.php';
require_once QA_INCLUDE_DIR . 'app/users.php'; // defines the user levels the points step needs
foreach (array_slice($argv, 2) ?: ['doreindexcontent', 'dorecalcpoints'] as $operation) {
    $state = $operation;
    $steps = 0;
    // One call does one batch; the admin page calls again with the returned state until it is empty.
    while ($state !== '') {
        qa_recalc_perform_step($state);
        $steps++;
    }
    echo "$operation: $steps steps\n";
}
