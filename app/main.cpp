// x1apply: the desktop program. All of it lives in the x1gui library.
#include "application.h"

int main(int argc, char* argv[])
{
    return x1::gui::runApplication(argc, argv);
}
