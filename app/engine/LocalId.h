#pragma once

#include <QString>
#include <QStringView>

namespace sb {

// The id Switchboard gives an outgoing message before the platform has seen it. It travels in
// biz_opaque_callback_data, so a status webhook names the message even when the send's answer
// was lost. "sb-" plus a random UUID: unique across processes and machines without coordination.
QString newLocalId();
// True for the shape newLocalId() produces ("sb-" + 36-character UUID).
bool isLocalId(QStringView text);

} // namespace sb
