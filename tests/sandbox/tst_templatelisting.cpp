// The app reads the sandbox's template listing back into exactly the definitions the sandbox
// holds: every template of the demo catalogue, through the Graph shape both sides use.

#include "Sandbox.h"
#include "SandboxTemplates.h"
#include "SandboxWorld.h"
#include "TemplateGraphJson.h"

#include <QTest>

using namespace sb;

class TestTemplateListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCatalogueTemplateRoundTrips()
    {
        SandboxConfig config;
        config.scenario = SandboxScenarioKind::Demo;
        Sandbox sandbox(config);
        const QList<TemplateDefinition> &all = sandbox.world().templates.all();
        QVERIFY(all.size() >= 10);
        for (const TemplateDefinition &definition : all) {
            QString problem;
            const auto read =
                templateFromGraphJson(SandboxTemplates::toGraphJson(definition), &problem);
            QVERIFY2(read, qPrintable(definition.name + QLatin1Char(' ') + problem));
            QCOMPARE(*read, definition);
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplateListing)
#include "tst_templatelisting.moc"
