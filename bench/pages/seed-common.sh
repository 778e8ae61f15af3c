# Sourced by seed-peerdesk.sh and seed-q2a.sh: SQL expressions of the seeded text, as functions of
# the question number `seq`, so that both forums hold exactly the same community.
VERB="ELT(1 + seq % 15, 'export', 'import', 'configure', 'reset', 'sync', 'connect', 'delete', 'migrate', 'enable', 'disable', 'schedule', 'rotate', 'restore', 'upgrade', 'share')"
NOUN="ELT(1 + (seq DIV 15) % 15, 'invoices', 'users', 'webhooks', 'reports', 'backups', 'passwords', 'API keys', 'dashboards', 'notifications', 'projects', 'teams', 'tokens', 'integrations', 'calendars', 'custom fields')"
PLACE="ELT(1 + (seq DIV 225) % 10, 'settings page', 'mobile app', 'admin console', 'billing portal', 'REST API', 'command line tool', 'browser extension', 'single sign-on flow', 'nightly job', 'team workspace')"
TAGS="'billing','export','import','sso','webhooks','api','2fa','mobile','android','ios','sync','backup','reports','dashboards','notifications','email','calendar','integrations','slack','teams','permissions','roles','invoices','payments','subscriptions','csv','pdf','performance','errors','login','passwords','security','privacy','gdpr','onboarding','search','filters','labels','projects','tasks','time-tracking','timezone','localization','accessibility','browser','chrome','firefox','windows','macos','linux'"
TITLE="CONCAT('How do I ', $VERB, ' ', $NOUN, ' in the ', $PLACE, ' (case ', seq, ')?')"
PARA1="CONCAT('I am trying to ', $VERB, ' my ', $NOUN, ' from the ', $PLACE, ' but nothing happens after I press the button. The spinner keeps turning for a minute and then the page reloads without any message.')"
PARA2="CONCAT('We are on the team plan with ', 3 + seq % 40, ' people. I already cleared the cache, signed out and in again and tried another browser. Is there a limit or a setting I am missing?')"
ANSWER1="CONCAT('Open the ', $PLACE, ', go to Advanced and turn on the option to ', $VERB, ' ', $NOUN, ' in the background. It only shows for owners of the workspace.')"
ANSWER2="CONCAT('This happened to us too when the ', $NOUN, ' list was longer than five hundred entries. Splitting it in two batches worked.')"
ANSWER3="CONCAT('Check the audit log first: a failed attempt to ', $VERB, ' shows the exact reason there, usually a missing permission.')"
COMMENT1="'Which version are you on? The menu moved in the last release.'"
COMMENT2="'Thanks, that solved it for me as well.'"
# ids in creation order: question n is 4n-3, its answers 4n-2 .. 4n; comments have their own table
# (Peerdesk) or come after every post (Q2A).
