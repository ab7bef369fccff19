#include "../command.h"

namespace x1::cli {

int runNotYetAvailable(Context& context);

int runFinalize(Context& context)
{
    return runNotYetAvailable(context);
}

int runReopen(Context& context)
{
    return runNotYetAvailable(context);
}

} // namespace x1::cli
