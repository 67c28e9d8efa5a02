; Inno Setup 6 script: a per-user (or, when chosen, per-machine) installer for the Windows bundle dist\meetingkit,
; with a Start menu entry and the .meeting file association. Untested here (packaging/README.md says exactly what).
; The app id and version come from the package, passed on the command line (packaging/README.md):
;   iscc /DAppId=<meetingkit.APP_ID> /DAppVersion=<meetingkit.__version__> packaging\windows\meetingkit.iss
#ifndef AppId
  #error Pass /DAppId=... (meetingkit.APP_ID): see packaging/README.md
#endif
#ifndef AppVersion
  #error Pass /DAppVersion=... (meetingkit.__version__): see packaging/README.md
#endif
#define AppName "meetingkit"
#define GuiExe "meetingkit-gui.exe"
#define ProgId AppId + ".event"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=meetingkit developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Rapporteurs often have no admin rights on their laptop: install for the current user unless they choose otherwise.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#GuiExe}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
; The whole PyInstaller folder: meetingkit.exe (command line), meetingkit-gui.exe (no console) and _internal.
Source: "..\..\dist\meetingkit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .meeting files open in meetingkit (a ProgID of our own; Windows still lets the user pick another app).
Root: HKA; Subkey: "Software\Classes\.meeting\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "meetingkit event"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".meeting"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
