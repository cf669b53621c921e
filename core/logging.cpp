#include "core/logging.h"

Q_LOGGING_CATEGORY(lcConnection, "hadesk.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransport, "hadesk.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProtocol, "hadesk.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPoller, "hadesk.poller", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkflow, "hadesk.workflow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "hadesk.storage", QtInfoMsg)
