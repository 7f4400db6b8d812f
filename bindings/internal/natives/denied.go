package natives

import (
	"strings"

	"github.com/dop251/goja"
)

// Denied makes e, a new Error whose message is the permission policy's, the error a
// script sees for a denial: code ERR_ACCESS_DENIED and name PermissionDenied, in its
// stack as well. It returns e.
func Denied(rt *goja.Runtime, e *goja.Object) *goja.Object {
	_ = e.Set("code", "ERR_ACCESS_DENIED")
	_ = e.DefineDataProperty("name", rt.ToValue("PermissionDenied"), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	if st := e.Get("stack"); st != nil {
		_ = e.Set("stack", strings.Replace(st.String(), "Error:", "PermissionDenied:", 1))
	}
	return e
}
