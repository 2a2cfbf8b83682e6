// oidc-provider (v9) ships no type declarations; only scripts/oidc-dev-provider.ts uses it, through this loose shape.
declare module "oidc-provider" {
  const Provider: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  export default Provider;
}
