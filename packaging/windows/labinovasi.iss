; Inno Setup script: installs the PyInstaller folder (dist\Labinovasi) for the current user, no
; admin rights needed (office laptops are often locked down): Start-menu entry, optional desktop
; icon, .labinovasi files open in the app, an uninstaller (Settings > Apps).
; Build on Windows, after `pyinstaller packaging\labinovasi.spec`:
;   iscc packaging\windows\labinovasi.iss          (writes dist\Labinovasi-<version>-setup.exe)
; .github/workflows/windows.yml builds, installs, smoke-tests and uninstalls it.

#define AppName "Labinovasi"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1F4C2E-8D1A-4F57-9C3E-4C424E564C42}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Labinovasi
AppComments=Laboratorium Inovasi Daerah
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Labinovasi-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\labinovasi.ico
UninstallDisplayIcon={app}\Labinovasi.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
WizardStyle=modern

[Languages]
; Indonesian first (the default) where this Inno Setup has it; it is not among every release's
; bundled translations.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\Labinovasi\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; An older version's files that the new one no longer has (PyInstaller renames libraries).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Labinovasi.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\Labinovasi.exe"; Tasks: desktopicon

[Registry]
; Per user (HKCU\Software\Classes): no admin rights; removed again by the uninstaller.
Root: HKCU; Subkey: "Software\Classes\.labinovasi"; ValueType: string; ValueName: ""; ValueData: "Labinovasi.Workshop"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Labinovasi.Workshop"; ValueType: string; ValueName: ""; ValueData: "Lokakarya Labinovasi"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Labinovasi.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Labinovasi.exe,0"
Root: HKCU; Subkey: "Software\Classes\Labinovasi.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Labinovasi.exe"" gui ""%1"""

[Run]
Filename: "{app}\Labinovasi.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
