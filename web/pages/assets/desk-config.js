/*
 * How desk staff sign in. "local": a developer chooses a region and the embedded stack takes the access key id as
 * the role name (<stack>-desk-<amXX>); the signature is made but not checked there.
 */
window.RMT_DESK = { signIn: 'local', stack: 'rmt-intake', awsRegion: 'eu-west-1' };
