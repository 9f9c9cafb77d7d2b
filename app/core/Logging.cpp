#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "sb.core")
Q_LOGGING_CATEGORY(lcCloudApi, "sb.cloudapi")
Q_LOGGING_CATEGORY(lcStore, "sb.store")
Q_LOGGING_CATEGORY(lcPlatform, "sb.platform")
Q_LOGGING_CATEGORY(lcEngine, "sb.engine")
Q_LOGGING_CATEGORY(lcSandbox, "sb.sandbox")
Q_LOGGING_CATEGORY(lcUi, "sb.ui")
