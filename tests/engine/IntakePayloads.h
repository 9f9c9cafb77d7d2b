#pragma once

// Webhook bodies for the intake crash test and the end-to-end intake benchmark: batch `b` holds
// `inbound` customer text messages (wamid.in.<b>.<i>) and `statuses` delivery statuses
// (wamid.out.<b>.<i>), every id unique across batches, shaped like Meta's (spec §5.2, §5.3).

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sbtest {

inline const QByteArray kIntakePhoneNumberId = QByteArrayLiteral("106540352242922");

struct IntakeShape
{
    int inbound = 5;
    int statuses = 5;
    int customers =
        40; // inbound message i of batch b comes from customer (b*inbound+i) % customers
};

inline QByteArray intakeCustomer(int customer)
{
    return QByteArrayLiteral("1650556") + QByteArray::number(customer).rightJustified(4, '0');
}

inline int intakeCustomerOf(int batch, int message, const IntakeShape &shape)
{
    return (batch * shape.inbound + message) % shape.customers;
}

inline QString intakeInboundId(int batch, int message)
{
    return QStringLiteral("wamid.in.%1.%2").arg(batch).arg(message);
}

inline QString intakeStatusId(int batch, int status)
{
    return QStringLiteral("wamid.out.%1.%2").arg(batch).arg(status);
}

inline QByteArray intakeBatch(int batch, const IntakeShape &shape)
{
    // Recent enough that every window is open, fixed so the bodies are the same on every run.
    const qint64 base = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    QByteArray contacts;
    QByteArray messages;
    for (int i = 0; i < shape.inbound; ++i) {
        const QByteArray waId = intakeCustomer(intakeCustomerOf(batch, i, shape));
        if (i) {
            contacts += ',';
            messages += ',';
        }
        contacts += QByteArrayLiteral(R"({"profile":{"name":"Customer )") + waId
            + QByteArrayLiteral(R"("},"wa_id":")") + waId + QByteArrayLiteral(R"("})");
        messages += QByteArrayLiteral(R"({"from":")") + waId + QByteArrayLiteral(R"(","id":")")
            + intakeInboundId(batch, i).toLatin1() + QByteArrayLiteral(R"(","timestamp":")")
            + QByteArray::number(base + batch) + QByteArrayLiteral(R"(","type":"text",)")
            + QByteArrayLiteral(R"("text":{"body":"Where is order )")
            + QByteArray::number(batch * 100 + i) + QByteArrayLiteral(R"(, please?"}})");
    }
    QByteArray statuses;
    for (int i = 0; i < shape.statuses; ++i) {
        if (i)
            statuses += ',';
        statuses += QByteArrayLiteral(R"({"id":")") + intakeStatusId(batch, i).toLatin1()
            + QByteArrayLiteral(R"(","status":"delivered","timestamp":")")
            + QByteArray::number(base + batch)
            + QByteArrayLiteral(R"(","recipient_id":"16505551234",)"
                                R"("pricing":{"billable":true,"pricing_model":"PMP",)"
                                R"("type":"regular","category":"utility"}})");
    }
    QByteArray value = QByteArrayLiteral(R"({"messaging_product":"whatsapp","metadata":)"
                                         R"({"display_phone_number":"15550783881",)"
                                         R"("phone_number_id":")")
        + kIntakePhoneNumberId + QByteArrayLiteral(R"("})");
    if (shape.inbound > 0) {
        value += QByteArrayLiteral(R"(,"contacts":[)") + contacts
            + QByteArrayLiteral(R"(],"messages":[)") + messages + ']';
    }
    if (shape.statuses > 0)
        value += QByteArrayLiteral(R"(,"statuses":[)") + statuses + ']';
    value += '}';
    return QByteArrayLiteral(R"({"object":"whatsapp_business_account","entry":[{"id":"WABA1",)"
                             R"("changes":[{"field":"messages","value":)")
        + value + QByteArrayLiteral("}]}]}");
}

} // namespace sbtest
