#pragma once

// Goal 1 of bench_scale: what hadesk costs the balancer. HAProxy's own CPU time (utime +
// stime of its process) over a window, idle and then with hadesk polling every second: the
// default window (a backend selected: the poller focused on what is on screen), every server
// listed (focused, all rows matter), and the old way (a full `show stat` every poll) as the
// anchor.

#include <QByteArray>

class HaproxyFixture;

// Prints the figures; returns the members of goal 1's JSON object ("idleMsPerS":..,...).
// windowSeconds: the length of each window (each focused one is stretched to whole cycles of
// the poller's full polls, so it holds the full polls it should).
QByteArray measureBalancerCost(const HaproxyFixture &haproxy, int windowSeconds);
