# CPack: a .deb on Linux (cpack -G DEB), an NSIS installer on Windows, a DragNDrop
# image on macOS. scripts/package.sh runs it.
install(FILES ${PROJECT_SOURCE_DIR}/resources/apim-backup.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/apim-backup.svg
        DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.apim_backup.metainfo.xml DESTINATION share/metainfo)

set(CPACK_PACKAGE_NAME apim-backup)
set(CPACK_PACKAGE_VENDOR "APIM Backup")
set(CPACK_PACKAGE_CONTACT "APIM Backup maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), libqt6svg6 (>= 6.4), libqt6keychain1, libsecret-1-0")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_NSIS_DISPLAY_NAME "APIM Backup")
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\APIM Backup.lnk' '$INSTDIR\\\\bin\\\\apim-backup.exe'")
if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB TGZ)
endif()
include(CPack)
