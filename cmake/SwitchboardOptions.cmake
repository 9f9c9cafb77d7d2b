# The one options target every Switchboard target links: language level, warnings,
# Qt strictness macros, and the optional sanitizers.
add_library(sb_options INTERFACE)
add_library(sb::options ALIAS sb_options)

target_compile_features(sb_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(sb_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(SB_WERROR)
    target_compile_options(sb_options INTERFACE -Werror)
endif()

target_compile_definitions(sb_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(SB_SANITIZE)
    target_compile_options(sb_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sb_options INTERFACE -fsanitize=address,undefined)
endif()
