#include "../command.h"

namespace x1::cli {

// Commands whose work is not built yet: they say so plainly and do nothing.
int runNotYetAvailable(Context& context)
{
    context.err << tr("命令“%1”在此版本中尚未提供。").arg(context.arguments.first()) << '\n';
    return NothingDone;
}

} // namespace x1::cli
