/* Test-only stand-in for a Windows system DLL that Wine 8 lacks: build/windows/wine.sh
   compiles it into the Wine prefix's system32, never into the app's bundle. */
/* Qt's qwindows.dll imports WcsCreateIccProfile (unimplemented in Wine 8): no colour profiles. */
#include <windows.h>
__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *p, DWORD a, DWORD s, DWORD c) { SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE h) { return TRUE; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE h, BYTE *b, DWORD *s) { SetLastError(ERROR_NOT_SUPPORTED); return FALSE; }
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE h, DWORD f) { SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
