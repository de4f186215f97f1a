# Installation layout and CPack packages: a .deb and a .tar.gz on Linux, an NSIS installer
# (and a .zip) on Windows, a drag-and-drop disk image on macOS. scripts/package.sh builds
# the Linux ones; installer/README.md says how to build each and what it contains.
# Included last by the top-level CMakeLists.txt, when every target exists.
include(GNUInstallDirs)

set(apim_installer_dir ${PROJECT_SOURCE_DIR}/installer)
# Who answers for the packages: the Debian Maintainer field must be "Name <address>".
set(APIM_PACKAGE_CONTACT "APIM Backup maintainers <apim-backup@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages, as \"Name <address>\"")

# ---------------------------------------------------------------------------------------
# Linux desktop integration: the launcher, its icon and the AppStream metadata that
# software centres show. The binaries come from app/ and app/cli/ (install(TARGETS)).
if(UNIX AND NOT APPLE)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/apim-backup.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/apim-backup.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.apim_backup.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

  # /usr/share/doc/apim-backup/{copyright,changelog.Debian.gz}, which Debian policy asks
  # of every package. The copyright file is DEP-5 with the license text of license.txt,
  # so the two cannot drift apart.
  file(READ ${apim_installer_dir}/license.txt apim_license)
  # The title and copyright lines have fields of their own in DEP-5; the rest is the text.
  string(REGEX REPLACE "^MIT License[ \t\n]*Copyright[^\n]*\n" "" apim_license "${apim_license}")
  string(STRIP "${apim_license}" apim_license)
  string(REGEX REPLACE "\n[ \t]*\n" "\n.\n" apim_license "${apim_license}")
  string(REPLACE "\n" "\n " APIM_LICENSE_TEXT " ${apim_license}")
  configure_file(${apim_installer_dir}/debian/copyright.in
                 ${PROJECT_BINARY_DIR}/installer/copyright @ONLY)

  set(APIM_DEBIAN_RELEASE 1)
  file(STRINGS ${apim_installer_dir}/debian/changelog apim_changelog_head LIMIT_COUNT 1)
  if(NOT apim_changelog_head MATCHES "^apim-backup \\(${PROJECT_VERSION}-${APIM_DEBIAN_RELEASE}\\)")
    message(WARNING "installer/debian/changelog does not start with version "
                    "${PROJECT_VERSION}-${APIM_DEBIAN_RELEASE}: add an entry for this release")
  endif()
  set(apim_changelog_gz ${PROJECT_BINARY_DIR}/installer/changelog.Debian.gz)
  find_program(APIM_GZIP gzip)
  if(APIM_GZIP)
    # -n: no name or time stamp in the header, so the same changelog gives the same bytes.
    execute_process(COMMAND ${APIM_GZIP} -9nc ${apim_installer_dir}/debian/changelog
                    OUTPUT_FILE ${apim_changelog_gz} RESULT_VARIABLE apim_gzip_result)
    if(apim_gzip_result EQUAL 0)
      install(FILES ${apim_changelog_gz} DESTINATION ${CMAKE_INSTALL_DOCDIR})
    endif()
  endif()
  install(FILES ${PROJECT_BINARY_DIR}/installer/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

# ---------------------------------------------------------------------------------------
# Windows and macOS: the Qt libraries, plugins and translations go next to the programs.
# qt_generate_deploy_app_script() deploys one target only, so this is the deploy script
# it would write (the pattern of the Qt 6.4 QT_DEPLOY_SUPPORT documentation) with the
# CLI added as ADDITIONAL_EXECUTABLES: windeployqt / macdeployqt then see both programs.
# Linux packages use the distribution's Qt instead, so nothing runs there.
if(WIN32 OR APPLE)
  if(APPLE)
    # The CLI lives inside the bundle, where macdeployqt can rewrite its library paths
    # to the bundle's Frameworks folder. (app/cli also installs it into bin/, which on
    # macOS should not happen: see installer/README.md.)
    install(TARGETS apim-backup-cli RUNTIME DESTINATION apim-backup.app/Contents/MacOS)
    set(apim_deploy_executable "$<TARGET_FILE_NAME:apim-backup>.app")
    set(apim_deploy_extra "apim-backup.app/Contents/MacOS/$<TARGET_FILE_NAME:apim-backup-cli>")
  else()
    set(apim_deploy_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:apim-backup>")
    set(apim_deploy_extra "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:apim-backup-cli>")
  endif()
  set(apim_deploy_script ${PROJECT_BINARY_DIR}/installer/deploy-apim-backup-$<CONFIG>.cmake)
  file(GENERATE OUTPUT ${apim_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${apim_deploy_executable}\"
    ADDITIONAL_EXECUTABLES \"${apim_deploy_extra}\"
    GENERATE_QT_CONF)
")
  install(SCRIPT ${apim_deploy_script})

  # windeployqt copies Qt's own DLLs only; QtKeychain's DLL has to be installed by hand.
  get_target_property(apim_keychain Qt6Keychain::Qt6Keychain ALIASED_TARGET)
  if(NOT apim_keychain)
    set(apim_keychain Qt6Keychain::Qt6Keychain)
  endif()
  get_target_property(apim_keychain_type ${apim_keychain} TYPE)
  if(WIN32 AND apim_keychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS ${apim_keychain} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
            LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
  endif()
endif()

if(WIN32)
  # The .exe icon (Explorer, taskbar, Start menu): an .rc with IDI_ICON1, as Qt's
  # "Setting the Application Icon" page describes. The absolute path spares rc.exe a search.
  file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/installer/apim-backup.rc
       CONTENT "IDI_ICON1 ICON \"${apim_installer_dir}/windows/apim-backup.ico\"\n" @ONLY)
  target_sources(apim-backup PRIVATE ${PROJECT_BINARY_DIR}/installer/apim-backup.rc)
  # The MSVC runtime DLLs into bin/ (windeployqt in Qt 6.4 only copies vc_redist.exe).
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
endif()

if(APPLE)
  set(apim_icns ${apim_installer_dir}/macos/apim-backup.icns)
  target_sources(apim-backup PRIVATE ${apim_icns})
  set_source_files_properties(${apim_icns} TARGET_DIRECTORY apim-backup
                              PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  # Bundle identifiers allow letters, digits, '-' and '.': hence not the AppStream id.
  set_target_properties(apim-backup PROPERTIES
    MACOSX_BUNDLE_BUNDLE_NAME "APIM Backup"
    MACOSX_BUNDLE_GUI_IDENTIFIER io.github.apim-backup
    MACOSX_BUNDLE_ICON_FILE apim-backup.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "MIT License")
endif()

# ---------------------------------------------------------------------------------------
# CPack: what every generator shares.
set(CPACK_VERBATIM_VARIABLES ON)   # values reach CPack as written: backslashes, quotes, $
set(CPACK_PACKAGE_NAME apim-backup)
set(CPACK_PACKAGE_VENDOR "APIM Backup")
set(CPACK_PACKAGE_CONTACT "${APIM_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Without this CPack falls back to its "generic description" template text.
# Debian wraps nothing: lines stay under 80 columns (lintian checks it).
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop tool for Azure administrators to back up and restore Azure API\n"
    "Management services without scripts: sign in (browser, device code, service\n"
    "principal, Azure CLI), find a service across tenants and subscriptions, pick\n"
    "a storage account and container, and follow the long-running operation to\n"
    "its end. apim-backup-cli does the same from scripts and schedules. Secrets\n"
    "stay in the desktop keychain (Secret Service or KWallet).")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "APIM Backup")
set(CPACK_RESOURCE_FILE_LICENSE ${apim_installer_dir}/license.txt)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/dist/" "/node_modules/" "/\\.work/")

# Debian. dpkg-shlibdeps (package dpkg-dev) derives Depends from the ELF files, with the
# minimum versions of the symbols actually used; without it, the list below is the same
# set by hand. QtKeychain finds the keyring at run time only: it dlopen()s libsecret and
# talks to a Secret Service (gnome-keyring, KeePassXC...) or KWallet over D-Bus, so those
# are Recommends; without any, the app still runs with secrets kept in memory only.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${APIM_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_RELEASE ${APIM_DEBIAN_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# libqt6svg6 is listed either way: the icons are SVG, drawn by its icon engine plugin,
# which no ELF file links (the linker's --as-needed drops the unused libQt6Svg).
find_program(APIM_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(APIM_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4.0)")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libc6 (>= 2.34), libgcc-s1 (>= 3.0), libstdc++6 (>= 12), libqt6core6 (>= 6.4.0), libqt6dbus6 (>= 6.4.0), libqt6gui6 (>= 6.4.0), libqt6network6 (>= 6.4.0), libqt6svg6 (>= 6.4.0), libqt6widgets6 (>= 6.4.0), libqt6keychain1 (>= 0.13)")
endif()
# ca-certificates: every Azure endpoint is HTTPS. xdg-utils: browser sign-in opens the
# system browser. qt6-translations-l10n: Qt's own dialog strings in Korean.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libsecret-1-0, gnome-keyring | kwalletmanager, ca-certificates, xdg-utils, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# Windows (NSIS). The Start menu shortcut comes from CPACK_PACKAGE_EXECUTABLES, which
# NSIS also removes on uninstall; the uninstaller and its Start menu entry are built in.
# No "add to PATH" page: CPack's NSIS PATH code truncates a PATH longer than 1024 chars.
set(CPACK_PACKAGE_EXECUTABLES apim-backup "APIM Backup")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "APIM Backup")
set(CPACK_NSIS_PACKAGE_NAME "APIM Backup")
set(CPACK_NSIS_DISPLAY_NAME "APIM Backup")
set(CPACK_NSIS_MUI_ICON ${apim_installer_dir}/windows/apim-backup.ico)
set(CPACK_NSIS_MUI_UNIICON ${apim_installer_dir}/windows/apim-backup.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\apim-backup.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN apim-backup.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${APIM_PACKAGE_CONTACT}")

# macOS (DragNDrop): the bundle plus the usual /Applications symlink.
set(CPACK_DMG_VOLUME_NAME "APIM Backup ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)

if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB TGZ)
endif()
include(CPack)
