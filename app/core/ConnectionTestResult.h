#pragma once

#include <QList>
#include <QString>

namespace sb {

// What "Test connection" found, in plain words, for the first-run dialog. Built by the
// composition root from Graph API answers, so the UI never links the network layer.
struct ConnectionCheck
{
    bool ok = false;
    QString subject; // e.g. "Phone number ID 106540352242922", "Access token"
    QString text; // what was found (the verified name and number) or what is wrong
    QString fix; // empty when ok: what to do about it
};

struct ConnectionTestResult
{
    bool ok = false;
    QString summary; // one line: "Connected to Lucky Shrub (+1 555-078-3881)" or the main problem
    QList<ConnectionCheck> checks;
};

} // namespace sb
