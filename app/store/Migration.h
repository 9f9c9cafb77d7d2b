#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// One numbered schema step. The built-in ones are read from the resource files
// :/sb/store/migrations/NNNN_name.sqlite.sql and NNNN_name.pg.sql (one file per dialect and
// version, both required); tests may inject their own through DatabaseOptions.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

} // namespace sb
