#!/usr/bin/env bash
# End-to-end smoke test of the reader: builds the real binary, runs it in
# tmux on a fresh library of the bundled articles and checks the screen at
# each step as a person would see it (send-keys, then capture-pane).
#
#   scripts/tui-smoke.sh            # one PASS/FAIL line per step, then "N passed, M failed"
#   SMOKE_TIMEOUT=10 scripts/tui-smoke.sh   # seconds to wait for each screen (default 5)
#   SMOKE_KEEP=1 scripts/tui-smoke.sh       # keep the temp dir (library, exports, log)
#
# Needs tmux (.ci/run installs it). Everything lives in a temp dir: the
# library (DIXIT_DB), XDG config/state/data, HOME, the tmux socket, and the
# working directory the export lands in.
set -uo pipefail
export LC_ALL=C.UTF-8 # ${#line} and ${line:i:n} count characters, not bytes

cd "$(dirname "$0")/.."
root=$PWD
timeout=${SMOKE_TIMEOUT:-5}
W0=140 H0=40

steps=(
	"open the seed article"
	"its quotes, speakers and sources"
	"jump to Ivan Konovalov's direct quote"
	"filter the library by Ivan Konovalov"
	"export the speaker's quotes to CSV"
	"export again: asks before replacing the CSV"
	"resize 90x30, 60x20 and back"
	"pick two quotes with space, copy them together"
	"f: the reader full screen, and back"
	"d asks before removing an article, n keeps it"
	"o opens the article's address in \$BROWSER; none for a file"
	"S sorts the list by quotes, then back by date"
	"Q lists the library's quotes, filtered, enter opens one at the quote"
	"t opens a quote's trail from the Quotes view and from the side pane"
	"W shows who is quoted as bar charts"
	"quit with q, exit status 0"
)
passed=0 failed=0

summary() {
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit $?
}

command -v tmux >/dev/null || {
	echo "FAIL setup: tmux is not installed (apt-get install tmux)"
	failed=${#steps[@]}
	summary
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dixit-smoke.XXXXXX")
sock=$tmp/tmux.sock
tm() { tmux -S "$sock" -f /dev/null "$@"; }
cleanup() {
	tm kill-server 2>/dev/null
	if [ -n "${SMOKE_KEEP:-}" ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

if ! go build -o "$tmp/dixit" ./cmd/dixit; then
	echo "FAIL setup: go build ./cmd/dixit"
	failed=${#steps[@]}
	summary
fi
mkdir -p "$tmp/cwd" "$tmp/config" "$tmp/state" "$tmp/data" "$tmp/home"
# The browser o runs: it records its arguments, one a line.
printf '#!/bin/sh\nfor a in "$@"; do printf "%%s\\n" "$a" >> "%s"; done\n' "$tmp/opened" >"$tmp/browser"
chmod +x "$tmp/browser"

# The reader runs under sh so that its exit status is printed on the pane
# once it quits, and the pane stays up for us to read it.
run="cd '$tmp/cwd' && env HOME='$tmp/home' DIXIT_DB='$tmp/library.db' XDG_CONFIG_HOME='$tmp/config' \
XDG_STATE_HOME='$tmp/state' XDG_DATA_HOME='$tmp/data' BROWSER='$tmp/browser' TERM=xterm-256color '$tmp/dixit'; \
echo EXIT=\$?; exec sleep 600"
tm new-session -d -s smoke -x "$W0" -y "$H0" "sh -c \"$run\"" || {
	echo "FAIL setup: tmux new-session"
	failed=${#steps[@]}
	summary
}
target=smoke:0.0

# --- screen helpers -------------------------------------------------------

SCREEN=""
LINES_=()
capture() {
	SCREEN=$(tm capture-pane -p -t "$target" 2>/dev/null)
	mapfile -t LINES_ <<<"$SCREEN"
}

# poll COND [ARGS...]: capture the screen until COND (a function reading
# SCREEN and LINES_) succeeds, for up to $timeout seconds.
poll() {
	local deadline=$((SECONDS + timeout))
	while :; do
		capture
		if "$@"; then return 0; fi
		if [ "$SECONDS" -ge "$deadline" ]; then return 1; fi
		sleep 0.1
	done
}

has() { grep -qF -- "$1" <<<"$SCREEN"; }
hasall() {
	local s
	for s in "$@"; do has "$s" || return 1; done
}

# panes: column ranges of the panes drawn, from the ╭ corners of the top
# line. PANE_START[i] is the first column inside pane i, PANE_WIDTH[i] its
# inner width.
PANE_START=() PANE_WIDTH=()
panes() {
	PANE_START=() PANE_WIDTH=()
	local top=${LINES_[0]:-} i start=-1
	for ((i = 0; i < ${#top}; i++)); do
		case ${top:i:1} in
		╭) start=$i ;;
		╮) [ "$start" -ge 0 ] && PANE_START+=($((start + 1))) && PANE_WIDTH+=($((i - start - 1))) && start=-1 ;;
		esac
	done
}

# region I: the text inside pane I (0 = leftmost), one line a row, the
# border rows left out. Empty when there is no such pane.
region() {
	panes
	local i=$1 n=${#LINES_[@]} r l
	[ "$i" -lt "${#PANE_START[@]}" ] || return 0
	for ((r = 1; r < n - 3; r++)); do
		l=${LINES_[r]}
		printf '%s\n' "${l:${PANE_START[i]}:${PANE_WIDTH[i]}}"
	done
}
# In the 140-column layout the panes are list, reader, side.
LIST=0 READER=1 SIDE=2
# (grep reads a here-string, not a pipe: with pipefail, grep -q closing a
# pipe early would fail the check.)
in_region() { grep -qF -- "$2" <<<"$(region "$1")"; }
in_region_re() { grep -qE -- "$2" <<<"$(region "$1")"; }
not_in_region() { ! in_region "$@"; }
status_line() { printf '%s\n' "${LINES_[${#LINES_[@]} - 2]:-}"; }
status_has() { grep -qF -- "$1" <<<"$(status_line)"; }
status_re() { grep -qE -- "$1" <<<"$(status_line)"; }

# frame W H N: the screen is exactly H rows of at most W columns, the body
# is N bordered panes whose right border sits in the last column, then a
# status line and the help line.
FRAME_ERR=""
frame() {
	local w=$1 h=$2 n=$3 r l
	FRAME_ERR=""
	if [ "${#LINES_[@]}" -ne "$h" ]; then FRAME_ERR="$((${#LINES_[@]})) rows, want $h"; return 1; fi
	for ((r = 0; r < h; r++)); do
		l=${LINES_[r]}
		if [ "${#l}" -gt "$w" ]; then FRAME_ERR="row $((r + 1)) is ${#l} columns wide, want <= $w"; return 1; fi
	done
	panes
	if [ "${#PANE_START[@]}" -ne "$n" ]; then FRAME_ERR="${#PANE_START[@]} panes, want $n"; return 1; fi
	for ((r = 0; r < h - 2; r++)); do
		l=${LINES_[r]}
		if [ "${#l}" -ne "$w" ]; then FRAME_ERR="row $((r + 1)) is ${#l} columns wide, want $w (frame not redrawn?)"; return 1; fi
		case $r in
		0) [ "${l: -1}" = "╮" ] || { FRAME_ERR="row 1 does not end with ╮"; return 1; } ;;
		$((h - 3))) [ "${l: -1}" = "╯" ] && [ "${l:0:1}" = "╰" ] || { FRAME_ERR="row $((r + 1)) is not the bottom border"; return 1; } ;;
		*) [ "${l: -1}" = "│" ] && [ "${l:0:1}" = "│" ] || { FRAME_ERR="row $((r + 1)) does not start and end with │: leftover text?"; return 1; } ;;
		esac
	done
	[ -n "${LINES_[h - 2]// /}" ] || { FRAME_ERR="status line is empty"; return 1; }
}

# --- steps ----------------------------------------------------------------

step=0
WHY=""
pass() {
	passed=$((passed + 1))
	echo "PASS step $step: ${steps[step - 1]} (${SECONDS}s)"
}
fail() {
	failed=$((failed + 1))
	echo "FAIL step $step: ${steps[step - 1]}: $1"
	capture
	echo "----- screen ($(tm display-message -p -t "$target" '#{window_width}x#{window_height}' 2>/dev/null)) -----"
	printf '%s\n' "$SCREEN"
	echo "-----"
	local i
	for ((i = step + 1; i <= ${#steps[@]}; i++)); do
		failed=$((failed + 1))
		echo "FAIL step $i: ${steps[i - 1]}: not run (step $step failed)"
	done
	summary
}
keys() { tm send-keys -t "$target" "$@"; }
text() { tm send-keys -t "$target" -l -- "$1"; }
# expect WHAT COND [ARGS...]: poll for COND or fail the step with WHAT.
expect() {
	local what=$1
	shift
	poll "$@" || fail "$what"
}

# First frame: the library (bundled articles, ingested on this first start)
# listed, and the first article opened.
# ("0 articles …" is drawn while the first page loads: wait for the count
# and the title of the article opened with it.)
ready() { has "/ to filter" && status_re '^[1-9][0-9]* articles  · ' && frame $W0 $H0 3; }
step=1
timeout_saved=$timeout timeout=$((timeout * 3)) # the first start ingests the bundled corpus
expect "no first frame (want '/ to filter', 'N articles' and 3 panes)" ready
timeout=$timeout_saved
total=$(status_line | grep -oE '^[0-9]+')

# 1. Filter for a word of the seed article, leave the filter, open it.
keys /
expect "the filter line did not open" in_region $LIST "/ "
text Konovalov
expect "the list was not filtered to 1 article" status_has "1 article matches"
keys Enter
sleep 0.2
keys Enter
opened() { in_region $READER "Lors d’une entrevue le jeudi 14 mai" && in_region $READER "Mostafa al-Kazemi" && status_has "Mostafa al-Kazemi a invité"; }
expect "the reader does not show the seed article" opened
pass

# 2. Quotes tab: the three speakers; Speakers and Sources tabs.
step=2
expect "the Quotes tab lacks a speaker" eval 'in_region $SIDE "Mostafa al-Kazemi" && in_region $SIDE "Karim Alawi" && in_region $SIDE "Ivan Konovalov" && in_region $SIDE "Sources 2"'
keys Tab # enter focused the reader: reader → side
keys ]
speakers_tab() {
	in_region_re $SIDE "^Ivan Konovalov  [0-9]+" && in_region_re $SIDE "^Mostafa al-Kazemi  [0-9]+" &&
		in_region_re $SIDE "^Karim Alawi  [0-9]+" && in_region $SIDE "spécialiste militaire russe" && not_in_region $SIDE "direct ·"
}
expect "] did not show the Speakers tab with the 3 speakers" speakers_tab
keys ]
sources_tab() { in_region $SIDE "Wall Street Journal" && in_region $SIDE "PressTV" && in_region $SIDE "Source: Avec PressTV" && not_in_region $SIDE "Karim Alawi"; }
expect "] did not show the Sources tab with Wall Street Journal and PressTV" sources_tab
pass

# 3. Back to the Quotes tab, select Konovalov's direct quote, enter.
step=3
keys ]
quotes_tab() { in_region $SIDE "Karim Alawi" && in_region $SIDE "direct ·"; }
expect "] did not come back to the Quotes tab" quotes_tab
not_in_region $READER "se retirent d’Irak" || fail "the quote is already on screen before the jump: the check would prove nothing"
# Quote items are a speaker line, the words (all of them, wrapped, for the
# selected one) and a "kind · cue" line, after the tab row and a blank
# line: find the index of Konovalov's direct one.
mapfile -t side < <(region $SIDE)
idx=-1 i=-1 head=""
for ((r = 2; r < ${#side[@]}; r++)); do
	l=${side[r]}
	if [[ -n ${l// /} && $l != " "* ]]; then i=$((i + 1)) head=$l; continue; fi
	if [[ $l == "  direct"* && $head == "Ivan Konovalov"* ]]; then idx=$i; break; fi
done
[ "$idx" -ge 0 ] || fail "no direct quote by Ivan Konovalov in the Quotes tab"
keys g
for ((i = 0; i < idx; i++)); do keys j; done
keys Enter
jumped() { in_region $READER "Et si les Américains se retirent d’Irak" && in_region $READER "résume M."; }
expect "the reader did not scroll to the quote “Et si les Américains se retirent d’Irak…”" jumped
pass

# 4. Clear the text filter, then filter the library by speaker.
step=4
keys Tab # side → list
keys /
sleep 0.2
keys Escape
expect "esc in the filter did not clear it (want '$total articles')" eval 'status_re "^$total articles( |$)" && in_region $LIST "/ to filter"'
keys s
expect "s did not open the speaker view" has "enter filters the library"
text konov
expect "typing konov did not narrow the speakers to Ivan Konovalov" eval 'has "1 of " && has "Ivan Konovalov"'
keys Enter
filtered() {
	in_region $LIST 'speaker:"Ivan Konovalov"' || return 1
	in_region $LIST "Mostafa al-Kazemi a invité" || return 1
	# one article: one "N quotes" meta row in the list
	[ "$(grep -cE ' · [0-9]+(\+[0-9]+)? quotes?' <<<"$(region $LIST)")" -eq 1 ] || return 1
	status_has "showing articles quoting Ivan Konovalov" || status_has "1 article matches"
}
expect "the list is not filtered to the one article quoting Ivan Konovalov" filtered
pass

# 5. Export the speaker's quotes: e, tab to csv, enter.
step=5
keys e
expect "e did not open the export form" eval 'has "Export quotes" && has "every quote by Ivan Konovalov" && has "file: "'
keys Tab
sleep 0.1
keys Tab
expect "two tabs did not switch the file name to .csv" eval 'grep -qE "file: [^ ]+\.csv" <<<"$SCREEN"'
file=$(grep -oE 'file: [^ ]+\.csv' <<<"$SCREEN" | head -1)
file=${file#file: }
keys Enter
expect "no 'exported N quotes' status" status_has "exported "
csv=$tmp/cwd/$file
[ -s "$csv" ] || fail "$csv was not written"
IFS= read -r header <"$csv"
[[ $header == article_id,title,outlet,url,published,lang,speaker,* ]] || fail "$csv: header is $header"
grep -q ',Ivan Konovalov,' "$csv" || fail "$csv has no row for Ivan Konovalov"
rows=$(($(wc -l <"$csv") - 1))
status_has "exported $rows quote" || echo "  note: status says '$(status_line | sed 's/  */ /g')' for $rows CSV lines"
pass

# 6. The same export again: the form asks before replacing the file, esc
# keeps it as it was, and only a second enter replaces it.
step=6
sum_before=$(cksum <"$csv")
touch -d '2001-01-01 00:00' "$csv"
keys e
# The form keeps the format chosen last: the same name comes back.
expect "e did not open the export form again on $file" eval 'has "Export quotes" && grep -qF "file: $file" <<<"$SCREEN"'
keys Enter
expect "enter on an existing file did not ask (want '$file exists: enter replaces it')" has "$file exists: enter replaces it, esc keeps it"
[ "$(cksum <"$csv")" = "$sum_before" ] && [ "$(stat -c %Y "$csv")" = "$(date -d '2001-01-01 00:00' +%s)" ] ||
	fail "$csv changed before the user confirmed"
keys Escape
expect "esc while asking did not go back to the file name" eval 'has "Export quotes" && ! has "exists: enter replaces"'
keys Escape
expect "esc did not close the export form" eval '! has "Export quotes"'
[ "$(stat -c %Y "$csv")" = "$(date -d '2001-01-01 00:00' +%s)" ] || fail "$csv changed after esc"
keys e
expect "e did not open the export form a third time" eval 'grep -qF "file: $file" <<<"$SCREEN"'
keys Enter
expect "no question the third time" has "exists: enter replaces it"
keys Enter
# The status line may still say "exported" from step 5: wait for the file
# itself, then for the form to close.
replaced() { [ "$(stat -c %Y "$csv")" != "$(date -d '2001-01-01 00:00' +%s)" ]; }
expect "$csv was not replaced after confirming" replaced
expect "confirming did not export (want 'exported ' and the form closed)" eval 'status_has "exported " && ! has "Export quotes"'
ls -a "$tmp/cwd" | grep -q '\.tmp$' && fail "a temporary file was left in $tmp/cwd"
pass

# 7. Resize: the frame is redrawn to the new size with the layout for it.
step=7
for size in 90x30:2 60x20:1 ${W0}x${H0}:3; do
	wh=${size%:*} n=${size#*:}
	w=${wh%x*} h=${wh#*x}
	tm resize-window -t smoke -x "$w" -y "$h" || fail "tmux resize-window $wh"
	poll frame "$w" "$h" "$n" || fail "at ${w}x${h} want $n pane(s) in a clean frame: $FRAME_ERR"
done
frame $W0 $H0 3 || fail "after resizing back: $FRAME_ERR"
expect "after resizing back the list lost the speaker filter" in_region $LIST 'speaker:"Ivan Konovalov"'
pass

# 8. Space picks quotes in the side pane; y copies the picked ones.
step=8
keys Tab Tab # list → reader → side
sleep 0.2
keys g Space Space
expect "space did not mark two quotes picked (want two ✓)" eval '[ "$(grep -c "✓ " <<<"$(region $SIDE)")" -eq 2 ]'
keys y
expect "y did not copy the picked quotes (want 'copied 2 quotes picked')" status_has "copied 2 quotes picked"
keys Escape
expect "esc did not unpick the quotes" eval 'status_has "unpicked 2 quotes" && ! in_region $SIDE "✓ "'
pass

# 9. f gives the reader the whole screen; f again brings the panes back.
step=9
keys f
zoomed() { frame $W0 $H0 1 && in_region 0 "Mostafa al-Kazemi"; }
expect "f did not show the reader alone: $FRAME_ERR" zoomed
keys f
expect "f again did not bring the three panes back: $FRAME_ERR" frame $W0 $H0 3
pass

# 10. d asks before it removes the open article; n keeps it.
step=10
keys d
expect "d did not ask (want 'remove “…” from the library? y removes it')" status_re '^remove “Mostafa al-Kazemi a invité.*” from the library\? y removes it'
keys n
expect "n did not keep the article (want 'kept “')" status_has "kept “"
expect "the article went although n kept it" in_region $LIST "Mostafa al-Kazemi a invité"
pass

# 11. o: the newest article of Le Courrier du Val comes from its feed with
# its address; o on its row hands that address, and nothing else, to
# $BROWSER, and the reader's header shows it. The seed, read from a file,
# has none: o says so and runs nothing.
step=11
# One esc at a time: two bytes in a row read as alt+esc.
esc() { keys Escape; sleep 0.2; }
# esc goes back one level at a time (the speaker filter, then the panes);
# on a loaded machine a level may still be on its way when the next esc
# arrives, so press it until the state is reached, five times at most.
esc_until() {
	local i
	for i in 1 2 3 4 5; do
		timeout=1 poll "$@" && return 0
		esc
	done
	poll "$@"
}
at_list() { status_re "^$total articles( |$)" && in_region $LIST "/ to filter"; }
esc; esc
esc_until at_list || fail "esc did not clear the speaker filter and go back to the list"
keys /
text outlet:courrier
expect "outlet:courrier did not filter the list" status_has "articles match"
keys Enter
sleep 0.2
url=https://www.example.org/courrier-du-val/2025/06/fete-jumelage
keys o
expect "o did not say it opened $url" status_has "opened $url in the browser"
[ "$(cat "$tmp/opened" 2>/dev/null)" = "$url" ] || fail "the browser was given '$(cat "$tmp/opened" 2>/dev/null)', want $url alone"
keys Enter
expect "the reader's header lacks the outlet, date and address" in_region $READER "Le Courrier du Val · 2025-06-16 · https://www.example.org/"
esc_until at_list || fail "esc did not go back to the unfiltered list"
keys /
text Konovalov
expect "the list was not filtered to the seed" status_has "1 article matches"
keys Enter
sleep 0.2
keys Enter
expect "the seed did not open" opened
rm -f "$tmp/opened"
keys o
expect "o on the seed did not say it has no address" status_has "this article has no web address"
[ ! -e "$tmp/opened" ] || fail "the browser ran for an article without an address"
esc_until at_list || fail "esc did not go back to the unfiltered list"
pass

# 12. S: by most quotes the ferry strike's 8+7 comes first; S cycles on
# through title and back to the newest first.
step=12
esc_until at_list || fail "the filter was not cleared"
keys S
expect "S did not sort by outlet" status_has "sorted by outlet, A to Z"
keys S
expect "S S did not sort by quotes" status_has "sorted by most quotes first"
first_row() { region $LIST | sed -n 2p; }
expect "by quotes, the first row is not the ferry strike (8+7)" eval 'grep -q "^ Kelderport ferry strike enters" <<<"$(first_row)"'
keys S S
expect "S did not come back to the newest first" status_has "sorted by newest first"
pass

# 13. Q: the library's quotes; kind: and speaker: narrow them to the
# reported speech of Ivan Konovalov; enter opens it in the seed, at it.
step=13
keys Q
expect "Q did not open the Quotes view" eval 'grep -qE "^│[0-9]+ quotes · (from the sample articles · )?enter opens it in its article" <<<"$SCREEN" && frame $W0 $H0 1'
keys /
text "kind:reported speaker:konovalov"
expect "the Quotes filter did not narrow to one quote" eval 'has "/ kind:reported speaker:konovalov" && has "1 quote matches" && has "~ Les Américains ne peuvent pas empêcher"'
keys Enter
sleep 0.1
keys Enter
# The seed by its path in the reader's head: the status line may still
# show step 12's sort message, which lasts five seconds.
atquote() { frame $W0 $H0 3 && in_region $READER "Les Américains ne peuvent pas empêcher" && in_region $READER "bundled/000_49b410c6cb5c01c4.txt"; }
expect "enter did not open the seed at Konovalov's reported speech" atquote
pass

# 14. t: the trail of Konovalov's reported speech from the Quotes view
# (the filter kept), esc back to it; then from the side pane, esc back to
# the panes.
step=14
keys Q
expect "Q did not reopen the filtered Quotes view" eval 'has "1 quote matches" && has "~ Les Américains ne peuvent pas empêcher"'
keys t
trail_view() {
	frame $W0 $H0 1 && has "Trail of “Les Américains ne peuvent pas empêcher" && grep -qE "^│[0-9]+ occurrences? · [0-9]+ wordings? · " <<<"$SCREEN" &&
		grep -qE "^│(undated|20[0-9-]+ [0-9:]+) · .*Ivan Konovalov · reported" <<<"$SCREEN" && has "earliest ·"
}
expect "t did not open the trail of the selected quote" trail_view
keys Escape
expect "esc did not go back from the trail to the Quotes view" eval 'has "1 quote matches" && ! has "Trail of"'
esc_until eval 'frame $W0 $H0 3' || fail "esc did not close the Quotes view"
keys Tab
sleep 0.2
keys t
expect "t in the side pane did not open a trail" eval 'frame $W0 $H0 1 && has "Trail of “" && has "earliest ·"'
keys Escape
expect "esc did not close the trail opened from the side pane" eval 'frame $W0 $H0 3 && ! has "Trail of"'
pass

# 15. W: who is quoted, bar charts; esc closes it.
step=15
keys W
stats() {
	hasall "Who is quoted" "Quotes by speaker" "Speakers by gender, where the given name tells it" "Quotes by outlet" "Quotes by month" &&
		grep -qE "^│Odile Marchetti +█+ +[0-9]+ " <<<"$SCREEN"
}
expect "W did not draw the charts" stats
keys Escape
expect "esc did not close the stats view" eval 'frame $W0 $H0 3 && ! has "Who is quoted"'
pass

# 16. Quit: the program exits 0 and the shell's output is back on the pane.
step=16
keys q
expect "no EXIT= line after q" has "EXIT="
has "EXIT=0" || fail "exit status is not 0"
! has "╭" || fail "the reader's frame is still on the screen after quitting"
pass

summary
