#include "core/logging.h"

Q_LOGGING_CATEGORY(lcConnection, "hadesk.connection")
Q_LOGGING_CATEGORY(lcTransport, "hadesk.transport")
Q_LOGGING_CATEGORY(lcProtocol, "hadesk.protocol")
Q_LOGGING_CATEGORY(lcPoller, "hadesk.poller")
Q_LOGGING_CATEGORY(lcWorkflow, "hadesk.workflow")
Q_LOGGING_CATEGORY(lcStorage, "hadesk.storage")
