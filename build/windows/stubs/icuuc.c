/* Test-only stand-in for a Windows system DLL that Wine 8 lacks: build/windows/wine.sh
   compiles it into the Wine prefix's system32, never into the app's bundle. */
/* Qt >= 6.10 Qt6Core.dll imports 20 ucnv_* functions from the Windows system icuuc.dll. */
#define EXP __declspec(dllexport)
#define ERR 4 /* U_FILE_ACCESS_ERROR */
EXP void *ucnv_open(const char *n, int *e) { if (e) *e = ERR; return 0; }
EXP void ucnv_close(void *c) {}
EXP void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXP void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXP void ucnv_reset(void *c) {}
EXP signed char ucnv_getMaxCharSize(const void *c) { return 1; }
EXP const char *ucnv_getName(const void *c, int *e) { if (e) *e = ERR; return 0; }
EXP void ucnv_getToUCallBack(void) {}
EXP void ucnv_getFromUCallBack(void) {}
EXP void ucnv_setToUCallBack(void *a, void *b, void *c, void *d, void *f, int *e) { if (e) *e = ERR; }
EXP void ucnv_setFromUCallBack(void *a, void *b, void *c, void *d, void *f, int *e) { if (e) *e = ERR; }
EXP void ucnv_cbToUWriteUChars(void *a, void *b, int l, int o, int *e) { if (e) *e = ERR; }
EXP void ucnv_toUnicode(void *a, void *b, void *c, void *d, void *f, void *g, int h, int *e) { if (e) *e = ERR; }
EXP void ucnv_cbFromUWriteUChars(void *a, void *b, void *c, int o, int *e) { if (e) *e = ERR; }
EXP int ucnv_toUCountPending(const void *c, int *e) { return 0; }
EXP int ucnv_fromUCountPending(const void *c, int *e) { return 0; }
EXP const char *ucnv_getStandardName(const char *n, const char *s, int *e) { if (e) *e = ERR; return 0; }
EXP const char *ucnv_getAvailableName(int i) { return 0; }
EXP int ucnv_countAvailable(void) { return 0; }
EXP void ucnv_fromUnicode(void *a, void *b, void *c, void *d, void *f, void *g, int h, int *e) { if (e) *e = ERR; }
