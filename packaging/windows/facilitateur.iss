; Inno Setup script for Facilitateur on Windows: installs the PyInstaller one-folder build
; (dist\facilitateur\) and associates .atelier files with the app.
;   iscc /DAppVersion=0.1.0 packaging\windows\facilitateur.iss
; Built by .github/workflows/installers.yml on a Windows runner (it cannot run on Linux).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{8C1B3D3E-5A0C-4F7B-9E57-FAC1A7E0A7E1}
AppName=Facilitateur
AppVersion={#AppVersion}
AppPublisher=Facilitateur
DefaultDirName={autopf}\Facilitateur
DefaultGroupName=Facilitateur
; per-user install when the user is not an administrator (advisors' managed laptops)
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Facilitateur-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\facilitateur\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Facilitateur"; Filename: "{app}\facilitateur.exe"
Name: "{autodesktop}\Facilitateur"; Filename: "{app}\facilitateur.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; .atelier -> Facilitateur.Session, opened with "facilitateur.exe open <file>"
Root: HKA; Subkey: "Software\Classes\.atelier"; ValueType: string; ValueName: ""; ValueData: "Facilitateur.Session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitateur.Session"; ValueType: string; ValueName: ""; ValueData: "Séance Facilitateur"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitateur.Session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\facilitateur.exe,0"
Root: HKA; Subkey: "Software\Classes\Facilitateur.Session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\facilitateur.exe"" open ""%1"""

[Run]
Filename: "{app}\facilitateur.exe"; Description: "{cm:LaunchProgram,Facilitateur}"; Flags: nowait postinstall skipifsilent
