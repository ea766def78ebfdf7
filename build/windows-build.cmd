@echo off
chcp 65001 >nul
rem 在 Windows 上构建“惠企政策离线查询”的程序包：双击或在命令提示符里运行本文件即可。
rem 需要：64 位 Python 3.11 或更高（python.org 安装包，安装时勾选 “Add python.exe to PATH”）。
rem 结果：dist\policy-browser\policy-browser.exe（窗口）与 dist\policy-browser-<版本>-windows-x86_64.zip；
rem       维护人员命令为 policy-browser.exe admin ...（在命令提示符里运行，输出到同一窗口）。
setlocal
set PYTHONUTF8=1
cd /d "%~dp0\.."
if not exist .venv\Scripts\python.exe (
  py -3 -m venv .venv 2>nul || python -m venv .venv || goto :fail
)
.venv\Scripts\python -m pip install --quiet --upgrade pip || goto :fail
.venv\Scripts\python -m pip install --quiet -e ".[test,package]" || goto :fail
.venv\Scripts\python -m index check || goto :fail
.venv\Scripts\python build\package.py || goto :fail
echo 完成：dist\policy-browser
exit /b 0
:fail
echo 构建失败，请把上面的输出交给技术人员。
exit /b 1
