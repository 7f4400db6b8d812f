package main

import "github.com/jsloop/jsloop/bindings/perm"

// grantFlag is an --allow-KIND flag: alone it allows every resource of the kind,
// with =a,b only those.
type grantFlag struct {
	policy *perm.Policy
	kind   perm.Kind
}

func (g *grantFlag) String() string { return "" }

// IsBoolFlag lets the flag be given without a value.
func (g *grantFlag) IsBoolFlag() bool { return true }

func (g *grantFlag) Set(v string) error {
	if v == "true" {
		v = ""
	}
	return g.policy.Grant(g.kind, v)
}
