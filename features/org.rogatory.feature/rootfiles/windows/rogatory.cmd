@echo off
rem Starts Rogatory.
rem   rogatory.cmd [workbench options]              the trainee workbench
rem   rogatory.cmd --headless COMMAND [options]     the command line, without a window
rem Needs Java 21 or newer: ROGATORY_JAVA (a java.exe), then JAVA_HOME, then java.exe on the PATH.
setlocal
set "HERE=%~dp0"
set "REQUIRED=21"
set "JAVA="
if defined ROGATORY_JAVA if exist "%ROGATORY_JAVA%" call :check "%ROGATORY_JAVA%"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :check "%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :check "%%~$PATH:J"
if not defined JAVA (
  echo Rogatory needs Java %REQUIRED% or newer, and none was found. 1>&2
  echo Install a Java %REQUIRED%+ runtime, for example Temurin %REQUIRED%, then set JAVA_HOME to it or put java.exe on the PATH. 1>&2
  exit /b 1
)
set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo Rogatory is incomplete: no org.eclipse.equinox.launcher jar in %HERE%plugins. 1>&2
  exit /b 1
)
if /i not "%~1"=="--headless" goto workbench

rem The command line: everything after --headless goes to the command.
shift
set ARGS=
:collect
if "%~1"=="" goto headless
set ARGS=%ARGS% "%~1"
shift
goto collect
:headless
rem The command line is a batch tool: the parallel collector gives the most work per CPU second (BENCHMARKS.md).
rem A collector chosen in ROGATORY_VMARGS wins (the JVM refuses two).
set "GC=-XX:+UseParallelGC"
echo(%ROGATORY_VMARGS% | findstr /r /c:"-XX:+Use[A-Za-z0-9]*GC" >nul && set "GC="
"%JAVA%" -Djava.awt.headless=true %GC% %ROGATORY_VMARGS% -jar "%LAUNCHER%" -install "%HERE%." -nosplash -data @none -application org.rogatory.cli.application %ARGS%
exit /b %ERRORLEVEL%

:workbench
"%JAVA%" %ROGATORY_VMARGS% -jar "%LAUNCHER%" -install "%HERE%." -nosplash %*
exit /b %ERRORLEVEL%

rem Sets JAVA to %1 when that java.exe is version REQUIRED or newer.
:check
set "SPEC="
for /f "tokens=2 delims==" %%V in ('""%~1" -XshowSettings:properties -version 2>&1 | findstr /c:"java.specification.version""') do set "SPEC=%%V"
if not defined SPEC exit /b 0
set "SPEC=%SPEC: =%"
for /f "tokens=1 delims=." %%M in ("%SPEC%") do set "MAJOR=%%M"
if %MAJOR% GEQ %REQUIRED% set "JAVA=%~1"
exit /b 0
