// Generates (once) and prints the path of the inbox benchmarks' database: 10,000 conversations,
// 1,000,000 messages of every kind, one conversation with 100,000. Usage: bench_gendb
#include "BenchInbox.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << benchinbox::databasePath() << "\n";
    return 0;
}
