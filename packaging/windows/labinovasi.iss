; Inno Setup script: installs the PyInstaller folder (dist\Labinovasi) per user, no admin
; rights needed (office laptops are often locked down), and opens .labinovasi files with the app.
; Build on Windows: iscc packaging\windows\labinovasi.iss  (after pyinstaller packaging\labinovasi.spec)

#define AppName "Labinovasi"
#define AppVersion "0.1.0"

[Setup]
AppId={{6B1F4C2E-8D1A-4F57-9C3E-4C424E564C42}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Labinovasi
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=Labinovasi-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Labinovasi\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Labinovasi.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\Labinovasi.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.labinovasi"; ValueType: string; ValueData: "Labinovasi.Workshop"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Labinovasi.Workshop"; ValueType: string; ValueData: "Lokakarya Labinovasi"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Labinovasi.Workshop\shell\open\command"; ValueType: string; ValueData: """{app}\Labinovasi.exe"" gui ""%1"""

[Run]
Filename: "{app}\Labinovasi.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
