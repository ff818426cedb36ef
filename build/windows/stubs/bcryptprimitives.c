/* Test-only stand-in for a Windows system DLL that Wine 8 lacks: build/windows/wine.sh
   compiles it into the Wine prefix's system32, never into the app's bundle. */
/* Rust std (cryptography's _rust.pyd) imports ProcessPrng from bcryptprimitives.dll. */
#include <windows.h>
#include <bcrypt.h>
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE d, SIZE_T n)
{ return BCryptGenRandom(NULL, d, (ULONG)n, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0; }
