; PeerReady for Windows: a per-user installer that needs no administrator rights (Inno Setup 6).
;
;   python tools/build_installer.py --out release     (after tools/build_app.py --out release)
;
; which runs: iscc /DAppVersion=<version> /DSourceDir=<release>\PeerReady /DOutputDir=<release> installer\PeerReady.iss
; The release workflow (.github/workflows/release.yml) builds it on a Windows runner.
;
; The program goes into the user's own folder (%LOCALAPPDATA%\Programs\PeerReady); the answers
; stay where PeerReady keeps them (%APPDATA%\PeerReady, peerready/paths.py), apart from the
; program: uninstalling never deletes them, and a new version finds them.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 ...
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\PeerReady"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

[Setup]
AppId={{6B1F7C2A-93E4-4C1B-9A55-5E0C1D7A2F10}
AppName=PeerReady
AppVersion={#AppVersion}
AppVerName=PeerReady {#AppVersion}
AppPublisher=PeerReady
VersionInfoVersion={#AppVersion}
VersionInfoDescription=PeerReady : se préparer à accueillir un travailleur pair ou une travailleuse paire
; Per user, no administrator rights: what a structure's PC without IT allows.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\PeerReady
DefaultGroupName=PeerReady
DisableProgramGroupPage=yes
; Qt 6 needs Windows 10 version 1809 (build 17763) or later, 64-bit.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\resources\icons\peerready.ico
UninstallDisplayIcon={app}\PeerReady.exe
OutputDir={#OutputDir}
OutputBaseFilename=PeerReady-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
french.WinVersionTooLowError=PeerReady demande Windows 10 version 1809 ou plus récent, en 64 bits.
english.WinVersionTooLowError=PeerReady needs Windows 10 version 1809 or later, 64-bit.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\PeerReady"; Filename: "{app}\PeerReady.exe"
Name: "{autodesktop}\PeerReady"; Filename: "{app}\PeerReady.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\PeerReady.exe"; Description: "{cm:LaunchProgram,PeerReady}"; Flags: nowait postinstall skipifsilent
