// mongo-init (the compose files): makes mongo-1..3 one replica set, "register", and gives the register its own user,
// readWrite on its databases only: the views' and the data keys' (the latter used under Axon Server only). Run by mongosh against mongo-1 directly; safe to run again (compose restarts it
// until it succeeds). Credentials come from the container's environment, never from its command line.
const env = process.env;
const admin = db.getSiblingDB('admin');
admin.auth(env.MONGO_ROOT_USER, env.MONGO_ROOT_PASSWORD);

let initiated = true;
try {
    rs.status();
} catch (notYetInitialized) {
    initiated = false;
}
if (!initiated) {
    // mongo-1 is preferred as primary, so this connection to it can go on once it is elected
    rs.initiate({
        _id: 'register',
        members: [
            { _id: 0, host: 'mongo-1:27017', priority: 2 },
            { _id: 1, host: 'mongo-2:27017', priority: 1 },
            { _id: 2, host: 'mongo-3:27017', priority: 1 },
        ],
    });
}
while (!db.hello().isWritablePrimary) {
    sleep(500);
}
const keysDatabase = env.REGISTER_KEYS_MONGO_DATABASE || 'register-keys';
const roles = [{ role: 'readWrite', db: env.REGISTER_MONGO_DATABASE }, { role: 'readWrite', db: keysDatabase }];
if (admin.getUser(env.REGISTER_MONGO_USER) === null) {
    admin.createUser({ user: env.REGISTER_MONGO_USER, pwd: env.REGISTER_MONGO_PASSWORD, roles: roles });
} else {
    // a user created by an earlier version of this script lacks the keys' database
    admin.grantRolesToUser(env.REGISTER_MONGO_USER, roles);
}
print('replica set register ready, user for databases ' + env.REGISTER_MONGO_DATABASE + ', ' + keysDatabase + ' present');
