// Temporary: cost of parsing each XML part with QXmlStreamReader.
#include "bench_support.h"
#include "xlsx/xlsx_xml.h"
#include <QFile>
using namespace x1;
int main()
{
    for (const char* name : {"sheet1.xml", "styles.xml", "core.xml", "workbook.xml"}) {
        QFile f(QString::fromLatin1("/tmp/xp/") + QString::fromLatin1(name));
        f.open(QIODevice::ReadOnly);
        const QByteArray xml = f.readAll();
        bench::print(name, bench::measure(5, [&] {
            for (int i = 0; i < 1000; ++i) {
                xlsxxml::GuardedReader r(xml, 64);
                while (r.next()) {}
            }
        }));
        bench::print("  raw QXmlStreamReader", bench::measure(5, [&] {
            for (int i = 0; i < 1000; ++i) {
                QXmlStreamReader r(xml);
                while (!r.atEnd()) r.readNext();
            }
        }));
    }
}
