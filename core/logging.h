#pragma once

#include <QLoggingCategory>

// hadesk's logging categories. Turn a trace on without a rebuild, e.g.
//   QT_LOGGING_RULES="hadesk.connection.debug=true" hadesk
// (docs/architecture.md, "Tracing", lists what each one says). Debug lines are off by default.
Q_DECLARE_LOGGING_CATEGORY(lcConnection) // hadesk.connection: the CLI session, framing, reconnects
Q_DECLARE_LOGGING_CATEGORY(lcTransport) // hadesk.transport: sockets, TLS, the ssh tunnel
Q_DECLARE_LOGGING_CATEGORY(lcProtocol) // hadesk.protocol: commands refused before the wire
Q_DECLARE_LOGGING_CATEGORY(lcPoller) // hadesk.poller: polls and their timing
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow) // hadesk.workflow: safe remove, rolling replace, drains
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // hadesk.storage: files written, kept aside, refused
