package fi.register.query.axon;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * The query side reads the events the command side wrote with its {@code ByteaPostgreSQLDialect}, so it must
 * map them the same way (the two sides share no code but shared-events).
 * <p>
 * PostgreSQL with Axon's {@code @Lob} payloads as {@code bytea} instead of large objects. A large object
 * outlives its row (a deleted token or dead letter leaves an orphan until {@code vacuumlo}), which is exactly
 * the kind of lingering copy a register that promises erasure should not create.
 */
public class QueryByteaPostgreSQLDialect extends PostgreSQLDialect {

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
    }
}
