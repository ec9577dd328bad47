/*
 * How desk staff sign in (see desk-sign-in.js). This file is for the embedded stack; a deployment replaces it with
 * the stack's DeskSignIn output (README, "Deploying the pages").
 */
window.RMT_DESK = { signIn: 'local', stack: 'rmt-intake', awsRegion: 'eu-west-1' };
