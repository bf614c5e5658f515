package fi.register.query.mongo;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.DeleteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.InsertOneResult;
import com.mongodb.client.result.UpdateResult;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A projection's writes while its processor handles a batch, sent to the store as one ordered bulk write per
 * collection instead of one round trip per write: what makes a rebuild fast on a store a network away.
 * <p>
 * The projections keep calling {@code updateOne}, {@code insertOne}, {@code deleteMany}... on their collections; the
 * collections of {@link #wrap wrapped} database hold those writes back while a batch is being handled (the
 * {@link #interceptor} marks the batch's unit of work) and leave everything else alone. Meaning stays that of
 * immediate writes:
 * <ul>
 *     <li>a read of a collection first sends what is held for that collection (an aggregation, which may read
 *     others, sends everything), so a handler reads its own batch's writes (a rectification right after its
 *     registration finds the entry);</li>
 *     <li>each collection's writes go out in the order they were made, ordered, so the first failure stops the
 *     rest;</li>
 *     <li>what is held is sent after the batch's last event and before the unit of work commits, and so before the
 *     processor saves its token (ProjectionProcessorsConfiguration saves it after processing): a process killed in
 *     between handles the batch again, which the views' idempotent writes allow. Rolled back, it is dropped with
 *     the unit of work.</li>
 * </ul>
 * A held write answers an unacknowledged result, whose counts throw: no handler may decide on a write's result.
 */
final class BatchedWrites {

    private static final String HELD = BatchedWrites.class.getName() + ".held";

    private BatchedWrites() {
    }

    /** The database whose collections hold writes back during a marked batch; the token store must not use it. */
    static MongoDatabase wrap(MongoDatabase database) {
        return proxy(MongoDatabase.class, database, (method, args) -> {
            Object answer = method.invoke(database, args);
            boolean documents = args != null && (args.length == 1 || args[1] == Document.class);
            if ("getCollection".equals(method.getName()) && documents) {
                @SuppressWarnings("unchecked")
                MongoCollection<Document> collection = (MongoCollection<Document>) answer;
                return wrap(collection);
            }
            return answer;
        });
    }

    /** Marks each batch's unit of work and sends what it holds after the batch's last event. */
    static MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            unitOfWork.resources().computeIfAbsent(HELD, key -> new ArrayList<Held>());
            Object answer = chain.proceed();
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
                send(unitOfWork);
            }
            return answer;
        };
    }

    private static MongoCollection<Document> wrap(MongoCollection<Document> collection) {
        @SuppressWarnings("unchecked")
        MongoCollection<Document> wrapped = proxy(MongoCollection.class, collection, (method, args) -> {
            List<Held> held = heldByThisBatch();
            WriteModel<Document> write = held == null ? null : asWrite(method, args);
            if (write == null) {
                if (held != null && !isObjectMethod(method)) {
                    send(held, readsOtherCollections(method) ? null : collection.getNamespace());
                }
                return method.invoke(collection, args);
            }
            held.add(new Held(collection, write));
            return unacknowledged(method.getReturnType());
        });
        return wrapped;
    }

    /** The write this call makes, or null for anything else (reads, a client session, a pipeline update...). */
    @SuppressWarnings("unchecked")
    private static WriteModel<Document> asWrite(Method method, Object[] args) {
        int count = args == null ? 0 : args.length;
        if (count == 0 || !(args[0] instanceof Bson || args[0] instanceof Document)) {
            return null;
        }
        Object option = count == 3 ? args[2] : null;
        return switch (method.getName()) {
            case "insertOne" -> count == 1 ? new InsertOneModel<>((Document) args[0]) : null;
            case "updateOne" -> count >= 2 && args[1] instanceof Bson update && (count == 2 || option instanceof UpdateOptions)
                    ? new UpdateOneModel<>((Bson) args[0], update, options(option)) : null;
            case "updateMany" -> count >= 2 && args[1] instanceof Bson update && (count == 2 || option instanceof UpdateOptions)
                    ? new UpdateManyModel<>((Bson) args[0], update, options(option)) : null;
            case "replaceOne" -> count >= 2 && args[1] instanceof Document replacement
                    && (count == 2 || option instanceof ReplaceOptions)
                    ? new ReplaceOneModel<>((Bson) args[0], replacement,
                    option == null ? new ReplaceOptions() : (ReplaceOptions) option) : null;
            case "deleteOne" -> count == 1 ? new DeleteOneModel<>((Bson) args[0], new DeleteOptions()) : null;
            case "deleteMany" -> count == 1 ? new DeleteManyModel<>((Bson) args[0], new DeleteOptions()) : null;
            default -> null;
        };
    }

    private static UpdateOptions options(Object option) {
        return option == null ? new UpdateOptions() : (UpdateOptions) option;
    }

    private static Object unacknowledged(Class<?> type) {
        if (type == UpdateResult.class) {
            return UpdateResult.unacknowledged();
        }
        if (type == DeleteResult.class) {
            return DeleteResult.unacknowledged();
        }
        if (type == InsertOneResult.class) {
            return InsertOneResult.unacknowledged();
        }
        throw new IllegalStateException("A held write of an unexpected kind: " + type.getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private static List<Held> heldByThisBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        // the root: a handler's nested unit of work (a query it sends, say) still reads the batch's writes
        return (List<Held>) CurrentUnitOfWork.get().root().resources().get(HELD);
    }

    @SuppressWarnings("unchecked")
    private static void send(UnitOfWork<?> unitOfWork) {
        List<Held> held = (List<Held>) unitOfWork.resources().get(HELD);
        if (held != null) {
            send(held);
        }
    }

    /**
     * An aggregation may read other collections ({@code $lookup}, {@code $unionWith}), so it sends everything held;
     * any other read sees its own collection only.
     */
    private static boolean readsOtherCollections(Method method) {
        return "aggregate".equals(method.getName()) || "watch".equals(method.getName());
    }

    private static void send(List<Held> held) {
        send(held, null);
    }

    /**
     * One ordered bulk write per collection, each collection's writes in the order they were made: those of the
     * {@code only} collection a read is about to read, or all. Writes to different collections are independent (a read
     * sends what is held for its collection first, and the token waits for all of them), so grouping them is safe. All
     * the views share one processor's batch (ProjectionProcessorsConfiguration), so a view reading its own collection
     * must not send every other view's writes one round trip at a time.
     */
    private static void send(List<Held> held, MongoNamespace only) {
        Map<MongoNamespace, List<WriteModel<Document>>> byCollection = new LinkedHashMap<>();
        Map<MongoNamespace, MongoCollection<Document>> collections = new LinkedHashMap<>();
        List<Held> kept = new ArrayList<>();
        for (Held write : held) {
            MongoNamespace namespace = write.collection().getNamespace();
            if (only != null && !only.equals(namespace)) {
                kept.add(write);
                continue;
            }
            collections.putIfAbsent(namespace, write.collection());
            byCollection.computeIfAbsent(namespace, key -> new ArrayList<>()).add(write.write());
        }
        byCollection.forEach((namespace, writes) ->
                collections.get(namespace).bulkWrite(writes, new BulkWriteOptions().ordered(true)));
        held.clear();
        held.addAll(kept);
    }

    private static boolean isObjectMethod(Method method) {
        return method.getDeclaringClass() == Object.class;
    }

    @FunctionalInterface
    private interface Call {
        Object on(Method method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            try {
                return call.on(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** A write held back, and the (unwrapped) collection it goes to. */
    private record Held(MongoCollection<Document> collection, WriteModel<Document> write) {
    }
}
