#include "../command.h"

namespace x1::cli {

int runNotYetAvailable(Context& context);

int runCheck(Context& context)
{
    return runNotYetAvailable(context);
}

} // namespace x1::cli
